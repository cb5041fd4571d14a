package io.broadsheet.runtime.testplugin;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** Test parser: each non-blank line of a {@code .lines} file is an article titled with it; a line "BAD" is an error;
 * "OOM" and "NPE" stand for a parser running out of memory and a parser bug. */
public final class LinesParser implements Parser<NoOptions> {
    @Override public String name() { return "lines"; }
    @Override public String description() { return "test: one article per line"; }
    @Override public Set<String> extensions() { return Set.of("lines"); }
    @Override public boolean sniff(String fileName, byte[] head) { return new String(head, StandardCharsets.UTF_8).startsWith("LINES"); }
    @Override public Class<NoOptions> optionsType() { return NoOptions.class; }
    @Override public NoOptions defaultOptions() { return NoOptions.INSTANCE; }
    @Override public Set<ModelField> carries() { return EnumSet.of(ModelField.TITLE); }

    @Override
    public ParseSession open(NoOptions options) {
        return (input, sink) -> {
            try (var reader = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = reader.readLine()) != null) {
                    n++;
                    if (line.equals("BAD")) {
                        throw new InputException(input.path(), n, "a BAD line");
                    }
                    if (line.equals("OOM")) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    if (line.equals("NPE")) {
                        throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
                    }
                    if (line.startsWith("WARN ")) {
                        sink.warn(input.path(), n, line.substring(5));
                    } else if (!line.isBlank()) {
                        sink.accept(Article.builder().id(ArticleIds.of(input.path(), n)).kind(ArticleKind.ARTICLE)
                                .title(line).source(new SourceRef(input.path(), n, n, "UTF-8")).build());
                    }
                }
            }
        };
    }
}
