package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.examples.atom.AtomExporterOptions.Content;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The atom:content of an entry. Every entry has one: RFC 4287 would otherwise demand an alternate link,
 * which most archives cannot give. The dateline is run in at the start of the first paragraph, as it
 * was printed and as the other Broadsheet exporters write it.
 */
final class EntryBody {

    private EntryBody() {
    }

    static void write(Xml xml, Article a, Content mode, int depth) throws IOException {
        if (mode == Content.TEXT) {
            xml.newline(depth).start("content").attribute("type", "text").text(String.join("\n\n", plain(a))).end();
            return;
        }
        // No white space around the div: in xhtml content the div is the only child (RFC 4287, 3.1.1.3).
        xml.newline(depth).start("content").attribute("type", "xhtml").start("div").defaultNamespace(Xml.XHTML);
        if (a.kind() == ArticleKind.PHOTO) {
            paragraph(xml, depth + 1, "caption", a.caption());
            paragraph(xml, depth + 1, "credit", a.credit());
        } else {
            sections(xml, a, depth + 1);
        }
        if (!plain(a).isEmpty()) {
            xml.newline(depth);
        }
        xml.end().end();
    }

    private static void sections(Xml xml, Article a, int depth) throws IOException {
        String dateline = a.dateline() == null ? null : a.dateline().text();
        for (Section section : a.sections()) {
            if (section.heading() != null) {
                xml.newline(depth).element("h2", section.heading());
            }
            for (String paragraph : section.paragraphs()) {
                xml.newline(depth).start("p");
                if (dateline != null) {
                    xml.start("span").attribute("class", "dateline").text(dateline).end().text(" ");
                    dateline = null;
                }
                xml.text(paragraph).end();
            }
        }
        // A dateline with no paragraph to open still belongs to the article.
        if (dateline != null) {
            paragraph(xml, depth, "dateline", dateline);
        }
    }

    private static void paragraph(Xml xml, int depth, String cssClass, String text) throws IOException {
        if (text != null) {
            xml.newline(depth).start("p").attribute("class", cssClass).text(text).end();
        }
    }

    /** The body as plain-text paragraphs: a heading is a paragraph of its own. */
    static List<String> plain(Article a) {
        List<String> out = new ArrayList<>();
        if (a.kind() == ArticleKind.PHOTO) {
            addIfPresent(out, a.caption());
            addIfPresent(out, a.credit());
            return out;
        }
        String dateline = a.dateline() == null ? null : a.dateline().text();
        for (Section section : a.sections()) {
            addIfPresent(out, section.heading());
            for (String paragraph : section.paragraphs()) {
                out.add(dateline == null ? paragraph : dateline + " " + paragraph);
                dateline = null;
            }
        }
        addIfPresent(out, dateline);
        return out;
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null) {
            out.add(s);
        }
    }
}
