package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.text.Utf16;
import io.broadsheet.exporter.epub.internal.TocTree.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The NCX table of contents, for EPUB 2 reading systems: the same tree as the navigation document. */
final class NcxDocument {

    static final String PATH = "toc.ncx";

    private final Markup m = new Markup();
    private final Map<String, Integer> playOrder = new HashMap<>();
    private final int labelLength;
    private int nextId;

    private NcxDocument(int labelLength) {
        this.labelLength = labelLength;
    }

    static String write(String language, String identifier, String title, List<Node> toc, int labelLength) {
        NcxDocument ncx = new NcxDocument(labelLength);
        Markup m = ncx.m;
        m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        m.open("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1", "xml:lang", language)
                .newline();
        m.open("head").newline();
        m.empty("meta", "name", "dtb:uid", "content", identifier).newline();
        m.empty("meta", "name", "dtb:depth", "content", Integer.toString(TocTree.depth(toc))).newline();
        m.empty("meta", "name", "dtb:totalPageCount", "content", "0").newline();
        m.empty("meta", "name", "dtb:maxPageNumber", "content", "0").newline();
        m.close("head").newline();
        m.open("docTitle").element("text", title).close("docTitle").newline();
        m.open("navMap").newline();
        ncx.points(toc);
        m.close("navMap").newline();
        m.close("ncx").newline();
        return m.toString();
    }

    private void points(List<Node> nodes) {
        for (Node node : nodes) {
            // Entries that point at the same place share a play order, as the NCX specification requires.
            int order = playOrder.computeIfAbsent(node.href(), href -> playOrder.size() + 1);
            m.open("navPoint", "id", "np-" + (++nextId), "playOrder", Integer.toString(order)).newline();
            m.open("navLabel").element("text", Utf16.truncate(node.label(), labelLength)).close("navLabel").newline();
            m.empty("content", "src", node.href()).newline();
            points(node.children());
            m.close("navPoint").newline();
        }
    }
}
