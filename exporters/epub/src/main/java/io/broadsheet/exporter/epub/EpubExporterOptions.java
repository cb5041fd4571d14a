package io.broadsheet.exporter.epub;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Options of the {@code epub} exporter (YAML keys are the component names). Defaults live in {@link
 * EpubExporter#defaultOptions()}.
 *
 * @param title          book title; null derives one from the publications and the date range
 * @param language       BCP 47 language tag of the text, e.g. {@code zh-Hans} (the script subtag matters to Apple Books)
 * @param creator        the book's creator; null names the publications
 * @param publisher      the book's publisher; null leaves it out
 * @param split          how articles are grouped into XHTML documents
 * @param vertical       vertical writing (top to bottom, columns right to left) and right-to-left page turns
 * @param extraCss       CSS appended to the built-in stylesheet
 * @param navLabelLength longest table-of-contents label, in characters; longer titles are cut there (only there)
 * @param modified       {@code dcterms:modified} of the package, {@code yyyy-MM-ddTHH:mm:ssZ}; fixed so that
 *                       identical input gives an identical book
 * @param order          the reading order: the archive's, or grouped by edition and page
 */
public record EpubExporterOptions(
        String title,
        String language,
        String creator,
        String publisher,
        Split split,
        boolean vertical,
        String extraCss,
        int navLabelLength,
        String modified,
        Order order) {

    /** The reading order of the book (spine and contents). */
    public enum Order {
        /** The archive's order; an edition that comes back gets a second contents entry. */
        ARCHIVE,
        /** Grouped by edition (publication and date), then page, each in order of first appearance. */
        EDITION
    }

    /** In the archive's order. */
    public EpubExporterOptions(String title, String language, String creator, String publisher, Split split,
            boolean vertical, String extraCss, int navLabelLength, String modified) {
        this(title, language, creator, publisher, split, vertical, extraCss, navLabelLength, modified, Order.ARCHIVE);
    }

    /** The unit of one XHTML document in the book. */
    public enum Split {
        /** One document per article (the default): small documents open fast on every reader. */
        ARTICLE,
        /** One document per printed page of an edition. */
        PAGE,
        /** One document per edition (publication and date). */
        EDITION
    }

    private static final Pattern MODIFIED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    public EpubExporterOptions {
        requireNonBlankOrNull("title", title);
        requireNonBlankOrNull("creator", creator);
        requireNonBlankOrNull("publisher", publisher);
        language = checkLanguage(language);
        if (split == null) {
            throw new IllegalArgumentException("split is required: article, page or edition");
        }
        extraCss = extraCss == null ? "" : extraCss;
        if (navLabelLength < 8 || navLabelLength > 1000) {
            throw new IllegalArgumentException("navLabelLength must be between 8 and 1000, was " + navLabelLength);
        }
        checkModified(modified);
        if (order == null) {
            throw new IllegalArgumentException("order must be archive or edition");
        }
    }

    private static void requireNonBlankOrNull(String key, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank (leave it out to use the default)");
        }
    }

    private static String checkLanguage(String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language is required, e.g. zh-Hans");
        }
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("language '" + language + "' is not a well-formed BCP 47 tag"
                    + " (e.g. zh-Hans, zh-Hant-TW): " + e.getMessage(), e);
        }
        return language;
    }

    private static void checkModified(String modified) {
        if (modified == null || !MODIFIED.matcher(modified).matches()) {
            throw new IllegalArgumentException("modified must be a UTC time written yyyy-MM-ddTHH:mm:ssZ, was '"
                    + modified + "'");
        }
        try {
            Instant.parse(modified);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("modified '" + modified + "' is not a valid time", e);
        }
    }
}
