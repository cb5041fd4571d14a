package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.text.Dates;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Articles of a third-party document. By document: the first heading is the title, later headings are
 * section headings. By heading: each heading of the document's top level opens an article, text before
 * the first is a fragment. A document without headings is titled by its {@code <title>}. Articles
 * without paragraphs (title pages, part titles) are left out. The book's metadata, its title as
 * publication and its date as edition date go with every article.
 */
final class GenericDocument {

    private GenericDocument() {
    }

    private record Draft(String title, List<TextBlocks.Block> body) {
    }

    static List<Article> read(Document html, String entry, Split split, BookContext book) {
        Element body = html.selectFirst("body");
        List<TextBlocks.Block> blocks = body == null ? List.of() : TextBlocks.of(body, book.maxNesting());
        Element head = html.selectFirst("title");
        String headTitle = head == null ? "" : Whitespace.normalize(head.text());
        List<Article> articles = new ArrayList<>();
        for (Draft draft : split == Split.HEADING ? byHeading(blocks) : List.of(byDocument(blocks, headTitle))) {
            if (draft.body().stream().anyMatch(b -> b.level() == 0)) {
                articles.add(article(draft, entry, html, book));
            }
        }
        return articles;
    }

    private static Draft byDocument(List<TextBlocks.Block> blocks, String headTitle) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).level() > 0) {
                List<TextBlocks.Block> rest = new ArrayList<>(blocks);
                rest.remove(i);
                return new Draft(blocks.get(i).text(), rest);
            }
        }
        return new Draft(headTitle.isEmpty() ? null : headTitle, blocks);
    }

    private static List<Draft> byHeading(List<TextBlocks.Block> blocks) {
        int top = blocks.stream().filter(b -> b.level() > 0).mapToInt(TextBlocks.Block::level).min().orElse(0);
        List<Draft> drafts = new ArrayList<>();
        String title = null;
        List<TextBlocks.Block> body = new ArrayList<>();
        for (TextBlocks.Block block : blocks) {
            if (block.level() == top && top > 0) {
                drafts.add(new Draft(title, body));
                title = block.text();
                body = new ArrayList<>();
            } else {
                body.add(block);
            }
        }
        drafts.add(new Draft(title, body));
        return drafts;
    }

    private static Article article(Draft draft, String entry, Document html, BookContext book) {
        Sections sections = new Sections();
        for (TextBlocks.Block block : draft.body()) {
            if (block.level() > 0) {
                sections.heading(block.text());
            } else {
                sections.paragraph(block.text());
            }
        }
        Map<String, String> metadata = book.metadata().asMetadata();
        metadata.put("document", entry);
        return Article.builder()
                .id(book.nextId())
                .kind(draft.title() == null ? ArticleKind.FRAGMENT : ArticleKind.ARTICLE)
                .title(draft.title())
                .sections(sections.build())
                .edition(new Edition(book.metadata().title(), Dates.isoDatePrefix(book.metadata().date()), null))
                .source(new SourceRef(book.path(), 0, 0, html.charset().name()))
                .metadata(metadata)
                .build();
    }
}
