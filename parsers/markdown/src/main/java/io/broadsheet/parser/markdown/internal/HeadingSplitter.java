package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.text.Dates;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles of a file without front matter: each level-1 heading opens an article titled by it (when
 * splitting), deeper headings are its section headings, and text before the first level-1 heading is
 * a fragment. Ids are the article's index in the file.
 */
final class HeadingSplitter {

    private HeadingSplitter() {
    }

    static List<Article> split(List<Block> blocks, boolean splitOnHeadings, FileContext file) {
        List<List<Block>> groups = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block block : blocks) {
            boolean opens = block.level() == 1 && (splitOnHeadings || groups.isEmpty() && current.isEmpty());
            if (opens && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Article> articles = new ArrayList<>();
        for (List<Block> group : groups) {
            articles.add(article(group, articles.size(), file));
        }
        return articles;
    }

    private static Article article(List<Block> group, int index, FileContext file) {
        Block first = group.get(0);
        String title = first.level() == 1 ? first.text() : null;
        List<Block> body = title == null ? group : group.subList(1, group.size());
        return Article.builder()
                .id(ArticleIds.of(file.path(), index))
                .kind(title == null ? ArticleKind.FRAGMENT : ArticleKind.ARTICLE)
                .title(title)
                .sections(Sections.of(body))
                .edition(new Edition(null, Dates.fromFileName(file.fileName()), null))
                .source(new SourceRef(file.path(), first.startLine(), group.get(group.size() - 1).endLine(), file.charset()))
                .build();
    }
}
