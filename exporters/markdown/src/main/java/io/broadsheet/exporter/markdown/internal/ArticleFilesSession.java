package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.text.FileNamer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One file per article, written and closed inside {@link #accept}: front matter, blank line, body. */
public final class ArticleFilesSession implements ExportSession {

    private final OutputTarget target;
    private final FileNamer namer;
    private final boolean toolKeys;

    public ArticleFilesSession(OutputTarget target, FileNamer namer, boolean toolKeys) {
        this.target = target;
        this.namer = namer;
        this.toolKeys = toolKeys;
    }

    @Override
    public void accept(Article article) throws IOException {
        List<String> body = ArticleBody.blocks(article);
        try (Writer out = Utf8Writers.create(target, namer.articleFile(article, ".md"))) {
            out.write(FrontMatter.ofArticleFile(article, toolKeys));
            if (!body.isEmpty()) {
                out.write('\n');
                MarkdownDocument.writeBlocks(out, body);
            }
        }
    }

    @Override
    public void finish() {
    }

    @Override
    public void close() {
    }
}
