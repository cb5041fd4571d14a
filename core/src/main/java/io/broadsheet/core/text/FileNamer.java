package io.broadsheet.core.text;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import java.util.HashSet;
import java.util.Set;

/**
 * Names output files and keeps them unique within a run: {@code <date>-p<page>-<slug>} when the edition
 * is known, else {@code <source file>-<first line>-<slug>}; a name already used gets -2, -3… in archive order.
 * The slug comes from the title, else the caption, else the kind ("photo", "fragment").
 */
public final class FileNamer {

    private final int maxSlugLength;
    /** Only asked for membership, never iterated: the order of a HashSet cannot leak into the output. */
    private final Set<String> used = new HashSet<>();

    /** @param maxSlugLength the longest slug taken from a title or caption, in code points */
    public FileNamer(int maxSlugLength) {
        this.maxSlugLength = maxSlugLength;
    }

    /** A unique name for {@code a}'s own file, ending in {@code extension} (".md"). */
    public String articleFile(Article a, String extension) {
        String slug = Slug.of(firstNonBlank(a.title(), a.caption(), ""), maxSlugLength);
        if (slug.isEmpty()) {
            slug = a.kind().label();
        }
        return unique(articlePrefix(a) + "-" + slug, extension);
    }

    /** {@code <date>-<publication>}, {@code undated-<publication>}, or {@code <date>} alone. */
    public String editionFile(Edition e, String extension) {
        String date = e.date() == null ? "" : Slug.of(e.date(), 20);
        String publication = e.publication() == null ? "" : Slug.of(e.publication(), maxSlugLength);
        String base = (date.isEmpty() ? "undated" : date) + (publication.isEmpty() ? "" : "-" + publication);
        return unique(base, extension);
    }

    private String articlePrefix(Article a) {
        Edition e = a.edition();
        if (e.date() != null && e.page() != null) {
            String date = Slug.of(e.date(), 20);
            if (!date.isEmpty()) {
                return date + "-p" + e.page();
            }
        }
        String path = a.source().path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = Slug.of(dot > 0 ? file.substring(0, dot) : file, 40);
        int line = a.source().startLine();
        // Zero-padded so that a folder listing keeps the order of the page.
        return (stem.isEmpty() ? "source" : stem) + (line > 0 ? String.format("-%05d", line) : "");
    }

    private String unique(String base, String extension) {
        String name = base + extension;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n + extension;
        }
        return name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
