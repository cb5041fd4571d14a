package io.broadsheet.parser.epub.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Spine documents that are not articles: the navigation document, covers, title pages and tables of
 * contents, recognised by the package (nav property, guide types), by their epub:type, or by the file
 * names every EPUB tool uses for them.
 */
final class SkipRules {

    private static final Set<String> GUIDE_TYPES = Set.of("cover", "toc", "title-page", "titlepage");
    private static final Set<String> EPUB_TYPES = Set.of("cover", "titlepage", "halftitlepage", "toc", "landmarks",
            "loi", "lot");
    private static final Pattern FILE_NAMES = Pattern.compile(
            "(cover|title[-_]?page|nav|toc|table[-_]of[-_]contents)\\.x?html?", Pattern.CASE_INSENSITIVE);

    private SkipRules() {
    }

    /** Decided from the package document and the entry name alone. */
    static boolean skipByPackage(PackageDocument.Item item, PackageDocument pkg) {
        if (item.hasProperty("nav")) {
            return true;
        }
        String type = pkg.guide().get(item.entry());
        if (type != null && GUIDE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String entry = item.entry();
        return FILE_NAMES.matcher(entry.substring(entry.lastIndexOf('/') + 1)).matches();
    }

    /** Decided from the document: a body (or its only section) typed as cover, title page or navigation. */
    static boolean skipByContent(Document html) {
        Element body = html.selectFirst("body");
        if (body == null) {
            return true;
        }
        if (typed(body) || body.id().equalsIgnoreCase("cover")) {
            return true;
        }
        return body.children().size() == 1 && typed(body.child(0));
    }

    private static boolean typed(Element e) {
        for (String type : e.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (EPUB_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }
}
