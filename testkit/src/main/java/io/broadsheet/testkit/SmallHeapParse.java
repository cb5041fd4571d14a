package io.broadsheet.testkit;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.runtime.convert.InputSet;
import io.broadsheet.runtime.convert.InputWalker;
import java.nio.file.Path;
import java.util.List;

/**
 * The child of {@link SmallHeap}: parses every input under a path with a parser's default options,
 * keeping nothing but counts, and prints {@code error: MESSAGE} for each input refused, then
 * {@code articles: N}, {@code warnings: N} and the first warnings. Exits 0 when done, 3 when out of memory.
 */
public final class SmallHeapParse {

    private static final int WARNINGS_SHOWN = 5;

    private SmallHeapParse() {
    }

    public static void main(String[] args) throws Exception {
        Parser<?> parser = (Parser<?>) Class.forName(args[0]).getConstructor().newInstance();
        Counts counts = new Counts();
        try (InputSet inputs = InputWalker.walk(List.of(Path.of(args[1])))) {
            ParseSession session = open(parser);
            for (SourceInput input : inputs.inputs()) {
                try {
                    session.parse(input, counts);
                } catch (InputException e) {
                    System.out.println("error: " + e.getMessage());
                }
            }
            session.finish(counts);
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
            System.exit(3);
        }
        System.out.println("articles: " + counts.articles);
        System.out.println("warnings: " + counts.warnings);
        counts.shown.forEach(w -> System.out.println("warning: " + w));
    }

    private static <O extends Record> ParseSession open(Parser<O> parser) {
        return parser.open(parser.defaultOptions());
    }

    private static final class Counts implements ArticleSink {
        long articles;
        long warnings;
        final java.util.List<String> shown = new java.util.ArrayList<>();

        @Override
        public void accept(Article article) {
            articles++;
        }

        @Override
        public void warn(String source, int line, String message) {
            if (warnings++ < WARNINGS_SHOWN) {
                shown.add(source + ":" + line + ": " + message);
            }
        }
    }
}
