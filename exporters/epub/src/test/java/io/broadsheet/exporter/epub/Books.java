package io.broadsheet.exporter.epub;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.testkit.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Writes books for tests, and the articles they are written from. */
final class Books {

    static final EpubExporter EXPORTER = new EpubExporter();

    private Books() {
    }

    static EpubExporterOptions options(UnaryOperator<Options> change) {
        return change.apply(new Options(EXPORTER.defaultOptions())).build();
    }

    /** Exports {@code articles} into {@code dir} and returns the book's path. */
    static Path write(Path dir, EpubExporterOptions options, List<Article> articles) throws IOException {
        Files.createDirectories(dir);
        OutputTarget target = new OutputTarget() {
            @Override
            public String name() {
                return EXPORTER.defaultOutputName();
            }

            @Override
            public OutputStream create(String relativePath) throws IOException {
                return Files.newOutputStream(dir.resolve(relativePath));
            }
        };
        try (ExportSession session = EXPORTER.open(options, target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        return dir.resolve(EXPORTER.defaultOutputName());
    }

    /** Two editions of a fictional city's daily, with jumps (one to a page not in the book), photos and sections. */
    static List<Article> sample() {
        return articles("sample/yunze-daily.jsonl");
    }

    /**
     * The project's bundled sample archive ({@code samples/archive}) as a careful reader sees it: the
     * articles its text pages hold, layout splits repaired and jump markers read into fields.
     */
    static List<Article> bundledSample() {
        return articles("sample/jiangcheng-daily.jsonl");
    }

    private static List<Article> articles(String resource) {
        return new ArrayList<>(Fixtures.articles(resource));
    }

    /** A mutable copy of the options, for tests that change one or two. */
    static final class Options {
        String title;
        String language;
        String creator;
        String publisher;
        EpubExporterOptions.Split split;
        boolean vertical;
        String extraCss;
        int navLabelLength;
        String modified;

        Options(EpubExporterOptions o) {
            title = o.title();
            language = o.language();
            creator = o.creator();
            publisher = o.publisher();
            split = o.split();
            vertical = o.vertical();
            extraCss = o.extraCss();
            navLabelLength = o.navLabelLength();
            modified = o.modified();
        }

        Options split(EpubExporterOptions.Split value) { split = value; return this; }
        Options vertical(boolean value) { vertical = value; return this; }
        Options title(String value) { title = value; return this; }
        Options language(String value) { language = value; return this; }
        Options publisher(String value) { publisher = value; return this; }
        Options creator(String value) { creator = value; return this; }
        Options extraCss(String value) { extraCss = value; return this; }
        Options navLabelLength(int value) { navLabelLength = value; return this; }

        EpubExporterOptions build() {
            return new EpubExporterOptions(title, language, creator, publisher, split, vertical, extraCss,
                    navLabelLength, modified);
        }
    }
}
