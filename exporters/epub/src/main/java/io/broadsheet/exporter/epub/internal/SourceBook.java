package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * What an article says of the book it came from, in the metadata the epub parser gives every chapter
 * it reads ({@code language}, {@code creator}): a book written again keeps its language and authors.
 */
final class SourceBook {

    private SourceBook() {
    }

    /** The article's own BCP 47 language tag, or {@code fallback} when it states none (or an ill-formed one). */
    static String language(Article a, String fallback) {
        String tag = a.metadata().get("language");
        if (tag == null || tag.isBlank()) {
            return fallback;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return fallback;
        }
    }

    /** The source book's creators ("A; B" as the parser joins them), none when it names none. */
    static List<String> creators(Article a) {
        String creators = a.metadata().get("creator");
        if (creators == null) {
            return List.of();
        }
        return Arrays.stream(creators.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
