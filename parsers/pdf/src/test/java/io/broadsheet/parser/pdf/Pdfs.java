package io.broadsheet.parser.pdf;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: a PDF in memory as an input, parsed or explained with the default options. */
final class Pdfs {

    private Pdfs() {
    }

    static SourceInput input(String path, byte[] bytes) {
        return SourceInput.ofBytes(path, bytes);
    }

    static List<Article> parse(String path, byte[] pdf) {
        PdfParser parser = new PdfParser();
        ParseSession session = parser.open(parser.defaultOptions());
        CollectingSink sink = new CollectingSink();
        try {
            session.parse(input(path, pdf), sink);
            session.finish(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink.articles();
    }

    static String explain(String path, byte[] pdf) throws IOException {
        PdfParser parser = new PdfParser();
        StringBuilder out = new StringBuilder();
        parser.open(parser.defaultOptions()).explain(input(path, pdf), out);
        return out.toString();
    }
}
