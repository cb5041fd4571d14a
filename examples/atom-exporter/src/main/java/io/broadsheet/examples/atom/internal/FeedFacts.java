package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Article;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the feed's own metadata needs from the entries, gathered as they stream past: the latest
 * atom:updated, the publications (for the default title and author) and whether some entry has no
 * author. Bounded: a few names and two values, however large the archive.
 */
final class FeedFacts {

    private static final int MAX_PUBLICATIONS = 3;

    private final Set<String> publications = new LinkedHashSet<>();
    private boolean morePublications;
    private Instant latest;
    private boolean entryWithoutAuthor;

    /** Every article the session receives, written or not: the archive's publications name the feed. */
    void saw(Article a) {
        String publication = a.edition().publication();
        if (!XmlChars.hasText(publication)) {
            return;
        }
        String name = XmlChars.clean(publication).strip();
        if (publications.size() < MAX_PUBLICATIONS) {
            publications.add(name);
        } else if (!publications.contains(name)) {
            morePublications = true;
        }
    }

    void entry(Instant updated, boolean hasOwnAuthor) {
        latest = latest == null || updated.isAfter(latest) ? updated : latest;
        entryWithoutAuthor |= !hasOwnAuthor;
    }

    /** The most recent entry's atom:updated; {@code otherwise} for an empty feed. */
    Instant latest(Instant otherwise) {
        return latest == null ? otherwise : latest;
    }

    boolean entryWithoutAuthor() {
        return entryWithoutAuthor;
    }

    /** "江城日报", "江城日报 / 云泽日报", or null when no article named its publication. */
    String publications() {
        if (publications.isEmpty()) {
            return null;
        }
        return String.join(" / ", publications) + (morePublications ? " / …" : "");
    }
}
