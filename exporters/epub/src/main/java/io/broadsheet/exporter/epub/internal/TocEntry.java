package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Edition;

/**
 * What the table of contents keeps of one article until the end of the book.
 *
 * @param href    from the package folder, e.g. {@code text/p00002.xhtml#art-00007}
 * @param label   the full label (cut to length only where it is shown)
 * @param edition where the article was printed
 */
record TocEntry(String href, String label, Edition edition) {
}
