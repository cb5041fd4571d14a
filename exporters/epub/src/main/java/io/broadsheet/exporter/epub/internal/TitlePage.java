package io.broadsheet.exporter.epub.internal;

import java.util.List;

/** The generated title page, first in the reading order: the book's title, publications and dates. */
final class TitlePage {

    static final String PATH = "titlepage.xhtml";
    /** Its name in the table of contents. */
    static final String LABEL = "封面";

    private TitlePage() {
    }

    static String write(String language, String title, BookFacts facts, String publisher, int articles) {
        Markup m = new Markup();
        XhtmlPage.begin(m, language, title, Stylesheet.PATH, List.of(), null);
        m.open("section", "class", "titlepage", "epub:type", "titlepage").newline();
        m.line("h1", title, "class", "book-title");
        String publications = facts.publicationNames();
        if (publications != null && !title.contains(publications)) {
            m.line("p", publications, "class", "publications");
        }
        String dates = facts.dateRange();
        if (dates != null && !title.contains(dates)) {
            m.line("p", dates, "class", "date-range");
        }
        m.line("p", articles == 0 ? "本书未收录稿件" : "共 " + articles + " 篇", "class", "count");
        m.line("p", publisher, "class", "publisher");
        m.close("section").newline();
        XhtmlPage.end(m);
        return m.toString();
    }
}
