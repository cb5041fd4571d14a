package io.broadsheet.parser.json;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.json.JsonFormatException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the canonical JSON Lines form: one article per line, every field of the model. Streams line by
 * line. A line that is not a canonical article stops this input with its line number; the articles
 * before it have been converted.
 */
public final class JsonParser implements Parser<NoOptions> {

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
    public Class<NoOptions> optionsType() {
        return NoOptions.class;
    }

    @Override
    public NoOptions defaultOptions() {
        return NoOptions.INSTANCE;
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public ParseSession open(NoOptions options) {
        return JsonParser::parse;
    }

    private static void parse(SourceInput input, ArticleSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = input.open();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            int number = 0;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    throw new InputException(input.path(), number + 1, "not UTF-8 text");
                }
                if (line == null) {
                    return;
                }
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(ArticleJson.read(line));
                } catch (JsonFormatException e) {
                    throw new InputException(input.path(), number, e.getMessage());
                }
            }
        }
    }
}
