package io.broadsheet.exporter.epub.internal;

import io.broadsheet.exporter.epub.EpubExporterOptions;
import java.util.List;

/**
 * The package document ({@code content.opf}): metadata, including the accessibility metadata reading
 * systems and stores look for, the manifest and the spine.
 */
final class PackageDocument {

    static final String PATH = "content.opf";
    private static final String XHTML = "application/xhtml+xml";
    private static final String ACCESSIBILITY_SUMMARY = "本书为报纸文字存档，全部内容均为文本，无图像、音频或视频。"
            + "每篇稿件有标题与小标题等结构标记，目录按报纸、日期、版面与稿件逐级导航，阅读顺序与原版面顺序一致。";

    private PackageDocument() {
    }

    static String write(EpubExporterOptions options, String identifier, String title, BookFacts facts,
            List<String> documentIds) {
        Markup m = new Markup();
        String language = facts.language(options.language());
        m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        m.open("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0",
                "unique-identifier", "pub-id", "xml:lang", language).newline();
        metadata(m, options, language, identifier, title, facts);
        m.open("manifest").newline();
        item(m, "titlepage", TitlePage.PATH, XHTML, null);
        item(m, "nav", NavDocument.PATH, XHTML, "nav");
        item(m, "ncx", NcxDocument.PATH, "application/x-dtbncx+xml", null);
        item(m, "css", Stylesheet.PATH, "text/css", null);
        for (String id : documentIds) {
            item(m, id, ContentWriter.FOLDER + id + ".xhtml", XHTML, null);
        }
        m.close("manifest").newline();
        m.open("spine", "toc", "ncx", "page-progression-direction", options.vertical() ? "rtl" : null).newline();
        m.empty("itemref", "idref", "titlepage").newline();
        m.empty("itemref", "idref", "nav").newline();
        for (String id : documentIds) {
            m.empty("itemref", "idref", id).newline();
        }
        m.close("spine").newline();
        m.close("package").newline();
        return m.toString();
    }

    private static void metadata(Markup m, EpubExporterOptions options, String language, String identifier,
            String title, BookFacts facts) {
        m.open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        m.line("dc:identifier", identifier, "id", "pub-id");
        m.line("dc:title", title, "id", "title");
        m.line("dc:language", language);
        if (options.creator() != null) {
            m.line("dc:creator", options.creator());
        } else if (!facts.sourceCreators().isEmpty()) {
            for (String creator : facts.sourceCreators()) {
                m.line("dc:creator", creator);
            }
        } else {
            for (String publication : facts.publications()) {
                m.line("dc:creator", publication);
            }
        }
        m.line("dc:publisher", options.publisher());
        m.line("dc:date", facts.lastDate());
        if (facts.firstDate() != null) {
            // The dates the book covers, as an ISO 8601 interval (a single day when there is one).
            String coverage = facts.firstDate().equals(facts.lastDate())
                    ? facts.firstDate() : facts.firstDate() + "/" + facts.lastDate();
            m.line("dc:coverage", coverage);
        }
        meta(m, "dcterms:modified", options.modified());
        meta(m, "schema:accessMode", "textual");
        meta(m, "schema:accessModeSufficient", "textual");
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            meta(m, "schema:accessibilityFeature", feature);
        }
        meta(m, "schema:accessibilityHazard", "none");
        m.line("meta", ACCESSIBILITY_SUMMARY, "property", "schema:accessibilitySummary",
                "xml:lang", language.startsWith("zh") ? null : "zh-Hans");
        m.close("metadata").newline();
    }

    private static void meta(Markup m, String property, String value) {
        m.line("meta", value, "property", property);
    }

    private static void item(Markup m, String id, String href, String mediaType, String properties) {
        m.empty("item", "id", id, "href", href, "media-type", mediaType, "properties", properties).newline();
    }
}
