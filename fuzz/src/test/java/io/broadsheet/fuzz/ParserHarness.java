package io.broadsheet.fuzz;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Runs one fuzzed input through a parser with its default options, as the runtime would, and lets only
 * the allowed outcomes through: articles, warnings, or the parser's typed {@link InputException} (of
 * which {@code LimitExceededException} is one). Anything else escapes and is a finding.
 */
final class ParserHarness {

    private ParserHarness() {
    }

    static <O extends Record> void parse(Parser<O> parser, String fileName, byte[] data) {
        ParseSession session = parser.open(parser.defaultOptions());
        CheckingSink sink = new CheckingSink();
        SourceInput input = SourceInput.ofBytes(fileName, data);
        try {
            session.parse(input, sink);
        } catch (InputException expected) {
            requireNamed(expected, fileName);
        } catch (IOException e) {
            // In-memory bytes cannot fail to read: an IOException is a parser error that was not typed.
            throw new UncheckedIOException("untyped error from " + parser.name(), e);
        }
        try {
            session.finish(sink);
        } catch (InputException expected) {
            requireNamed(expected, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("untyped error from " + parser.name() + " at finish", e);
        }
    }

    /** An error an operator reads must say which input it is about. */
    private static void requireNamed(InputException e, String fileName) {
        if (!fileName.equals(e.source())) {
            throw new AssertionError("error names '" + e.source() + "', not the input '" + fileName + "'", e);
        }
        if (e.reason() == null || e.reason().isBlank()) {
            throw new AssertionError("error without a reason", e);
        }
    }

    /** Keeps nothing (inputs may give many articles); checks that what arrives is complete. */
    private static final class CheckingSink implements ArticleSink {

        @Override
        public void accept(Article article) {
            Objects.requireNonNull(article, "a parser emitted a null article");
        }

        @Override
        public void warn(String source, int line, String message) {
            if (source == null || message == null || message.isBlank() || line < 0) {
                throw new AssertionError("malformed warning: " + source + ":" + line + ": " + message);
            }
        }
    }
}
