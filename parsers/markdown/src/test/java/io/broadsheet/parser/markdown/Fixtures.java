package io.broadsheet.parser.markdown;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the hand-written fixtures under src/test/resources/markdown. */
final class Fixtures {

    static final MarkdownParser PARSER = new MarkdownParser();

    private Fixtures() {
    }

    static SourceInput input(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/markdown/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return SourceInput.ofBytes("markdown/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Article> parse(String name) {
        return parse(name, PARSER.defaultOptions());
    }

    static List<Article> parse(String name, MarkdownParserOptions options) {
        return parse(input(name), options).articles();
    }

    static CollectingSink parse(SourceInput input, MarkdownParserOptions options) {
        CollectingSink sink = new CollectingSink();
        ParseSession session = PARSER.open(options);
        try {
            session.parse(input, sink);
            session.finish(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
