package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.text.PageLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article of one of our own books, read back from the markup our EPUB exporter writes: the
 * {@code broadsheet:*} meta in the head and the class names in {@code <article>} (see the EPUB
 * convention). Text is kept exactly as written, a {@code <br/>} being a line break.
 *
 * <p>Also read, as the epub exporter writes them: {@code broadsheet:author} (one per author),
 * {@code broadsheet:source-encoding} and {@code data-agency}, {@code data-place}, {@code data-date} on
 * the dateline span.
 */
final class OwnDocument {

    /** Our exporter nests a few levels; deeper markup is not ours, and must not exhaust the stack. */

    private final OwnMeta meta;
    private final String entry;
    private final BookContext book;
    private final Article.Builder b = Article.builder();
    private final Sections sections = new Sections();
    private final List<String> subtitles = new ArrayList<>();
    private boolean photo;
    private String title;
    private String byline;
    private String caption;
    private String credit;
    private boolean firstParagraph = true;

    private OwnDocument(OwnMeta meta, String entry, BookContext book) {
        this.meta = meta;
        this.entry = entry;
        this.book = book;
    }

    /** The document's articles: one per {@code <article>} (one per document unless split by page or edition). */
    static List<Article> read(Document html, String entry, BookContext book) {
        List<Element> roots = new ArrayList<>(html.getElementsByTag("article"));
        if (roots.isEmpty() && html.selectFirst("body") != null) {
            roots.add(html.selectFirst("body"));
        }
        OwnMeta head = OwnMeta.of(html, book.path(), entry);
        List<Article> articles = new ArrayList<>();
        for (Element root : roots) {
            articles.add(new OwnDocument(head.forArticle(root, roots.size() == 1), entry, book).read(root));
        }
        return articles;
    }

    private Article read(Element root) {
        walk(root, 0);
        ArticleKind kind = kind();
        String id = meta.get("id");
        return b.id(id != null ? id : book.nextId())
                .kind(kind)
                .title(title)
                .subtitles(subtitles)
                .byline(byline == null && kind == ArticleKind.PHOTO ? credit : byline)
                .authors(meta.all("author"))
                .caption(caption)
                .credit(credit)
                .sections(sections.build())
                .edition(new Edition(meta.get("publication"), meta.get("date"), meta.number("page")))
                .source(meta.source())
                .metadata(meta.metadata())
                .build();
    }

    private ArticleKind kind() {
        String label = meta.get("kind");
        if (label == null) {
            return title != null ? ArticleKind.ARTICLE : photo ? ArticleKind.PHOTO : ArticleKind.FRAGMENT;
        }
        try {
            return ArticleKind.fromLabel(label.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw meta.error(e.getMessage());
        }
    }

    private void walk(Element element, int depth) {
        if (depth > book.maxNesting()) {
            book.warn(entry, "markup nested more than maxNesting (" + book.maxNesting() + ") deep is not read");
            return;
        }
        for (Element e : element.children()) {
            String name = TextBlocks.name(e);
            if (name.equals("h1")) {
                title = exact(e);
            } else if (name.matches("h[2-6]")) {
                sections.heading(exact(e));
            } else if (name.equals("figure") && e.hasClass("photo")) {
                figure(e);
            } else if (name.equals("p")) {
                paragraph(e);
            } else {
                walk(e, depth + 1);
            }
        }
    }

    private void paragraph(Element p) {
        if (p.hasClass("column")) {
            b.column(exact(p));
        } else if (p.hasClass("kicker")) {
            b.kicker(exact(p));
        } else if (p.hasClass("subtitle")) {
            subtitles.add(exact(p));
        } else if (p.hasClass("byline")) {
            byline = exact(p);
        } else if (p.hasClass("continued-to")) {
            b.continuedTo(page(p));
        } else if (p.hasClass("continued-from")) {
            b.continuedFrom(page(p));
        } else {
            body(p);
        }
    }

    /** A body paragraph; the first may open with the run-in dateline, which goes to its field. */
    private void body(Element p) {
        Element dateline = firstParagraph ? p.selectFirst("span.dateline") : null;
        firstParagraph = false;
        if (dateline != null) {
            b.dateline(new Dateline(exact(dateline), attr(dateline, "data-agency"), attr(dateline, "data-place"),
                    attr(dateline, "data-date")));
            Element copy = p.clone();
            copy.selectFirst("span.dateline").remove();
            String rest = exact(copy);
            rest = rest.startsWith(" ") ? rest.substring(1) : rest;
            if (!rest.isEmpty()) {
                sections.paragraph(rest);
            }
            return;
        }
        sections.paragraph(exact(p));
    }

    private void figure(Element figure) {
        photo = true;
        Element captionSpan = figure.selectFirst(".caption");
        Element creditSpan = figure.selectFirst(".credit");
        Element figcaption = figure.selectFirst("figcaption");
        if (captionSpan == null && creditSpan == null && figcaption != null) {
            caption = exact(figcaption);
            return;
        }
        caption = captionSpan == null ? null : exact(captionSpan);
        credit = creditSpan == null ? null : exact(creditSpan);
    }

    /** The page of a continuation note: its data-page, else the number printed in it. */
    private Integer page(Element note) {
        String data = note.attr("data-page").strip();
        if (data.matches("\\d{1,6}")) {
            return Integer.valueOf(data);
        }
        int page = PageLabels.pageIn(note.text());
        if (page < 0) {
            book.warn(entry, "a continuation note without a readable page: '" + note.text() + "'");
            return null;
        }
        return page;
    }

    private static String attr(Element e, String name) {
        return e.hasAttr(name) && !e.attr(name).isEmpty() ? e.attr(name) : null;
    }

    /** The text as written: entities decoded, {@code <br/>} a line break, nothing trimmed or collapsed. */
    private static String exact(Element e) {
        return e.wholeText();
    }
}
