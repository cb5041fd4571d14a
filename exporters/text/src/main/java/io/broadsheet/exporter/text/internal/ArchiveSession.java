package io.broadsheet.exporter.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.Writer;

/**
 * Every article in one file, streamed. Articles are separated by two blank lines; blocks inside an
 * article by one, and a block never holds a blank line, so the boundary is unambiguous. An article with
 * nothing to print is skipped.
 */
public final class ArchiveSession implements ExportSession {

    private final LineWrapper wrapper;
    private Writer out;
    private boolean empty = true;

    public ArchiveSession(OutputTarget target, String fileName, LineWrapper wrapper) throws IOException {
        this.wrapper = wrapper;
        this.out = PlainTextWriter.create(target, fileName);
    }

    @Override
    public void accept(Article article) throws IOException {
        String text = PlainTextWriter.render(article, wrapper);
        if (text.isEmpty()) {
            return;
        }
        if (!empty) {
            out.write("\n\n");
        }
        out.write(text);
        empty = false;
    }

    @Override
    public void finish() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            Writer w = out;
            out = null;
            w.close();
        }
    }
}
