package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.text.Utf16;
import io.broadsheet.exporter.epub.internal.TocTree.Node;
import java.util.List;

/** The EPUB 3 navigation document: the nested table of contents and the landmarks. */
final class NavDocument {

    static final String PATH = "nav.xhtml";

    private NavDocument() {
    }

    /**
     * @param toc      the tree, its first entry being the title page
     * @param bodyHref the first content document, or null in a book without articles
     */
    static String write(String language, List<Node> toc, String bodyHref, int labelLength) {
        Markup m = new Markup();
        XhtmlPage.begin(m, language, "目录", Stylesheet.PATH, List.of(), null);
        m.open("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc").newline();
        m.line("h1", "目录");
        list(m, toc, labelLength);
        m.close("nav").newline();
        m.open("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden").newline();
        m.line("h2", "导览");
        m.open("ol").newline();
        landmark(m, "titlepage", TitlePage.PATH, TitlePage.LABEL);
        landmark(m, "toc", PATH + "#toc", "目录");
        if (bodyHref != null) {
            landmark(m, "bodymatter", bodyHref, "正文");
        }
        m.close("ol").newline();
        m.close("nav").newline();
        XhtmlPage.end(m);
        return m.toString();
    }

    private static void list(Markup m, List<Node> nodes, int labelLength) {
        m.open("ol").newline();
        for (Node node : nodes) {
            m.open("li").element("a", Utf16.truncate(node.label(), labelLength), "href", node.href());
            if (!node.children().isEmpty()) {
                m.newline();
                list(m, node.children(), labelLength);
            }
            m.close("li").newline();
        }
        m.close("ol").newline();
    }

    private static void landmark(Markup m, String type, String href, String label) {
        m.open("li").element("a", label, "epub:type", type, "href", href).close("li").newline();
    }
}
