package io.broadsheet.testkit;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fixture files of a module's tests (under {@code src/test/resources}) and their parsing:
 * {@code Fixtures.parse(parser, parser.defaultOptions(), Fixtures.input("csv/quoted.csv")).articles()}.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of the class-path resource {@code resource} ("csv/quoted.csv"); fails when there is none. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource {@code resource} as an input whose path is {@code resource}. */
    public static SourceInput input(String resource) {
        return SourceInput.ofBytes(resource, bytes(resource));
    }

    /** The articles of the JSON Lines resource {@code resource} (blank lines skipped), in order; unmodifiable. */
    public static List<Article> articles(String resource) {
        String text = new String(bytes(resource), StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank()).map(ArticleJson::read).toList();
    }

    /** Parses one input in a session of its own, finished, as the runtime does; an I/O error is unchecked. */
    public static <O extends Record> CollectingSink parse(Parser<O> parser, O options, SourceInput input) {
        CollectingSink sink = new CollectingSink();
        ParseSession session = parser.open(options);
        try {
            session.parse(input, sink);
            session.finish(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
