package io.broadsheet.exporter.epub.internal;

import java.util.List;

/** The frame every XHTML document of the book shares: prolog, {@code lang}/{@code xml:lang}, title, stylesheet. */
final class XhtmlPage {

    /** A {@code <meta name content>} of the document head. */
    record Meta(String name, String content) {
    }

    private XhtmlPage() {
    }

    /**
     * Writes everything up to and including the {@code <body>} start tag. {@code cssHref} is relative
     * to the document; {@code bodyType} is an {@code epub:type} for the body, or null.
     */
    static void begin(Markup m, String language, String title, String cssHref, List<Meta> metas, String bodyType) {
        m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "xmlns:epub", "http://www.idpf.org/2007/ops",
                "lang", language, "xml:lang", language).newline();
        m.open("head").newline();
        m.element("title", title).newline();
        m.empty("link", "rel", "stylesheet", "type", "text/css", "href", cssHref).newline();
        for (Meta meta : metas) {
            m.empty("meta", "name", meta.name(), "content", meta.content()).newline();
        }
        m.close("head").newline();
        m.open("body", "epub:type", bodyType).newline();
    }

    static void end(Markup m) {
        m.close("body").newline().close("html").newline();
    }
}
