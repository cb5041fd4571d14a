package io.broadsheet.parser.json;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.json.JsonFormatException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.json.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the canonical JSON Lines form: one article per line, every field of the model. Streams line by
 * line. A line that is not a canonical article, or is longer than {@code maxLineMegabytes}, stops this
 * input with its line number; the articles before it have been converted.
 */
public final class JsonParser implements Parser<JsonParserOptions> {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "Broadsheet's lossless JSON Lines: one article per line, every model field";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "json", "ndjson");
    }

    @Override
    public boolean sniff(String fileName, byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        String start = new String(head, i, Math.min(head.length - i, 16), StandardCharsets.UTF_8);
        return start.startsWith("{\"id\"");
    }

    @Override
    public Class<JsonParserOptions> optionsType() {
        return JsonParserOptions.class;
    }

    @Override
    public JsonParserOptions defaultOptions() {
        return new JsonParserOptions(16);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "maxLineMegabytes" -> "Refuse the rest of a file at a longer line (default 16): each line,"
                    + " one article, is read whole.";
            default -> "";
        };
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public ParseSession open(JsonParserOptions options) {
        return (input, sink) -> parse(options, input, sink);
    }

    private static void parse(JsonParserOptions options, SourceInput input, ArticleSink sink) throws IOException {
        try (InputStream in = input.open()) {
            LineReader lines = new LineReader(in, input.path(), options.maxLineMegabytes() * 1024L * 1024L,
                    "maxLineMegabytes (" + options.maxLineMegabytes() + " MB)");
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (lines.number() == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(ArticleJson.read(line));
                } catch (JsonFormatException e) {
                    throw new InputException(input.path(), lines.number(), e.getMessage());
                }
            }
        }
    }
}
