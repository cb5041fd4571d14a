package io.broadsheet.parser.epub.internal;

import java.util.List;
import java.util.Map;

/**
 * What the parser uses of the package document (OPF): metadata, the manifest (by id), the spine in
 * reading order and the guide's reference types (by resolved entry name). Hrefs are already resolved
 * to entry names; an href that leaves the book resolves to null.
 */
record PackageDocument(BookMetadata metadata, Map<String, Item> manifest, List<SpineRef> spine, Map<String, String> guide) {

    /** A manifest item: the entry it names, its media type and EPUB 3 properties (e.g. "nav"). */
    record Item(String id, String entry, String mediaType, String properties) {

        boolean hasProperty(String property) {
            return properties != null && (" " + properties + " ").contains(" " + property + " ");
        }

        boolean isXhtml() {
            return "application/xhtml+xml".equals(mediaType) || "text/html".equals(mediaType);
        }
    }

    /** An entry of the spine: the manifest id it refers to and whether it is in the linear reading order. */
    record SpineRef(String idref, boolean linear) {
    }
}
