package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Edition;
import io.broadsheet.core.text.PageLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The table of contents as a tree: edition → page → article where those are known. Groups are runs of
 * consecutive entries in reading order: with {@code order: edition} ({@link ReadingOrder}) each edition
 * and page is one group; in the archive's order an edition that comes back gets a second entry. A
 * group links to its first article.
 */
final class TocTree {

    /** One entry; {@code href} is relative to the package folder. */
    record Node(String label, String href, List<Node> children) {
    }

    private TocTree() {
    }

    static List<Node> build(List<TocEntry> entries) {
        List<Node> roots = new ArrayList<>();
        Node edition = null;
        Edition editionKey = null;
        Node page = null;
        List<Node> pageParent = null;
        Integer pageNumber = null;
        for (TocEntry entry : entries) {
            Edition e = entry.edition();
            String editionLabel = Labels.edition(e);
            if (editionLabel == null) {
                edition = null;
                editionKey = null;
            } else if (edition == null || !sameEdition(editionKey, e)) {
                edition = new Node(editionLabel, entry.href(), new ArrayList<>());
                editionKey = e;
                roots.add(edition);
                page = null;
            }
            List<Node> parent = edition == null ? roots : edition.children();
            if (e.page() == null) {
                page = null;
            } else if (page == null || pageParent != parent || !pageNumber.equals(e.page())) {
                page = new Node(PageLabels.page(e.page()), entry.href(), new ArrayList<>());
                pageParent = parent;
                pageNumber = e.page();
                parent.add(page);
            }
            (page == null ? parent : page.children()).add(new Node(entry.label(), entry.href(), List.of()));
        }
        return roots;
    }

    private static boolean sameEdition(Edition a, Edition b) {
        return Objects.equals(a.publication(), b.publication()) && Objects.equals(a.date(), b.date());
    }

    /** Levels of nesting, for the NCX header. */
    static int depth(List<Node> nodes) {
        int max = 0;
        for (Node n : nodes) {
            max = Math.max(max, 1 + depth(n.children()));
        }
        return max;
    }
}
