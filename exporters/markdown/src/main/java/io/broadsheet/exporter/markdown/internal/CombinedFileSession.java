package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.text.FileNamer;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Many articles per file, streamed, separated by a thematic break. Per edition, a new file starts when
 * the issue (publication and date) changes; an issue that comes back after another one, out of
 * archive order, continues in a new file ("-2") rather than overwriting the first.
 */
public final class CombinedFileSession implements ExportSession {

    private final OutputTarget target;
    private final FileNamer namer;
    private final String archiveFile;
    private Writer out;
    private Edition currentIssue;
    private boolean empty = true;

    private CombinedFileSession(OutputTarget target, FileNamer namer, String archiveFile) {
        this.target = target;
        this.namer = namer;
        this.archiveFile = archiveFile;
    }

    public static CombinedFileSession perEdition(OutputTarget target, FileNamer namer) {
        return new CombinedFileSession(target, namer, null);
    }

    public static CombinedFileSession archive(OutputTarget target, String fileName) throws IOException {
        CombinedFileSession session = new CombinedFileSession(target, null, fileName);
        session.out = Utf8Writers.create(target, fileName);
        return session;
    }

    @Override
    public void accept(Article article) throws IOException {
        if (archiveFile == null) {
            Edition issue = new Edition(article.edition().publication(), article.edition().date(), null);
            if (out == null || !Objects.equals(issue, currentIssue)) {
                startIssue(issue);
            }
        }
        if (!empty) {
            out.write("\n* * *\n\n");
        }
        MarkdownDocument.writeBlocks(out, ReadingBody.blocks(article));
        empty = false;
    }

    private void startIssue(Edition issue) throws IOException {
        close();
        currentIssue = issue;
        out = Utf8Writers.create(target, namer.editionFile(issue, ".md"));
        String frontMatter = FrontMatter.ofEdition(issue);
        out.write(frontMatter);
        empty = true;
        if (!frontMatter.isEmpty()) {
            out.write('\n');
        }
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
