package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the book says about itself, gathered as articles stream by: the publications (in order of first
 * appearance), the first and last edition date, and a digest of the content from which the book's
 * identifier is derived, so the same archive always gives the same identifier and any change a new one.
 */
final class BookFacts {

    private static final int MAX_NAMED_PUBLICATIONS = 3;

    private final Set<String> publications = new LinkedHashSet<>();
    private final Set<String> creators = new LinkedHashSet<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private boolean someWithoutLanguage;
    private final MessageDigest digest;
    private String firstDate;
    private String lastDate;

    BookFacts() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    void add(Article a) {
        digest.update(ArticleJson.write(a).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        String publication = Labels.blankToNull(XmlText.collapse(a.edition().publication()));
        if (publication != null) {
            publications.add(publication);
        }
        creators.addAll(SourceBook.creators(a));
        String language = SourceBook.language(a, null);
        if (language == null) {
            someWithoutLanguage = true;
        } else {
            languages.add(language);
        }
        String date = a.edition().date();
        if (Labels.isIsoDate(date)) {
            firstDate = firstDate == null || date.compareTo(firstDate) < 0 ? date : firstDate;
            lastDate = lastDate == null || date.compareTo(lastDate) > 0 ? date : lastDate;
        }
    }

    /** A name-based (version 3) UUID over the digest of every article, as {@code urn:uuid:…}. */
    String identifier() {
        byte[] sum;
        try {
            sum = ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests of the JDK can be cloned", e);
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(sum);
    }

    /** The creators the source books name (in order of first appearance); empty for newspaper articles. */
    List<String> sourceCreators() {
        return new ArrayList<>(creators);
    }

    /** The language every article states, when they all state the same one; else {@code fallback}. */
    String language(String fallback) {
        return languages.size() == 1 && !someWithoutLanguage ? languages.iterator().next() : fallback;
    }

    List<String> publications() {
        return new ArrayList<>(publications);
    }

    /** Earliest ISO edition date, or null. */
    String firstDate() {
        return firstDate;
    }

    /** Latest ISO edition date, or null. */
    String lastDate() {
        return lastDate;
    }

    /** "2022年11月1日至2022年11月30日", one date, or null when no date is known. */
    String dateRange() {
        if (firstDate == null) {
            return null;
        }
        return firstDate.equals(lastDate)
                ? Labels.date(firstDate)
                : Labels.date(firstDate) + "至" + Labels.date(lastDate);
    }

    /** The title derived when the options give none: "示例日报 2022年11月1日至2022年11月30日". */
    String derivedTitle() {
        String names = publicationNames();
        String range = dateRange();
        String base = names == null ? "报纸存档" : names;
        return range == null ? base : base + " " + range;
    }

    /** Up to three publication names joined with "、" ("…等" when there are more), or null. */
    String publicationNames() {
        if (publications.isEmpty()) {
            return null;
        }
        List<String> names = publications();
        String joined = String.join("、", names.subList(0, Math.min(names.size(), MAX_NAMED_PUBLICATIONS)));
        return names.size() > MAX_NAMED_PUBLICATIONS ? joined + "等" : joined;
    }
}
