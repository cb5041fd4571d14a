package io.broadsheet.exporter.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.text.FileNamer;
import java.io.IOException;
import java.io.Writer;

/** One {@code .txt} file per article, written and closed inside {@link #accept}. */
public final class ArticleFilesSession implements ExportSession {

    /** The longest slug of a file name: the markdown exporter's default, so both name an article alike. */
    private static final int MAX_SLUG_LENGTH = 50;

    private final OutputTarget target;
    private final LineWrapper wrapper;
    private final FileNamer namer = new FileNamer(MAX_SLUG_LENGTH);

    public ArticleFilesSession(OutputTarget target, LineWrapper wrapper) {
        this.target = target;
        this.wrapper = wrapper;
    }

    @Override
    public void accept(Article article) throws IOException {
        try (Writer out = PlainTextWriter.create(target, namer.articleFile(article, ".txt"))) {
            out.write(PlainTextWriter.render(article, wrapper));
        }
    }

    @Override
    public void finish() {
    }

    @Override
    public void close() {
    }
}
