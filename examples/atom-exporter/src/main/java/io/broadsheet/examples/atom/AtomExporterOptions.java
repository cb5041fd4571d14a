package io.broadsheet.examples.atom;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Options of the {@code atom} exporter (the YAML keys are the component names). Every default lives in
 * {@link AtomExporter#defaultOptions()}; values are checked here, and a message thrown from this
 * constructor is shown to the operator with the file and key that set it.
 *
 * @param title          the feed's title; null takes the publication(s) of the archive
 * @param feedId         the feed's atom:id, an absolute IRI; null derives a {@code urn:uuid:} from the title
 * @param selfLink       the URL the feed will be published at ({@code <link rel="self">}); null leaves it out
 * @param author         the feed-level author, inherited by entries without one; null names the publication
 * @param language       BCP 47 tag written as {@code xml:lang} on the feed, e.g. {@code zh-Hans}; null leaves it out
 * @param content        how the body is written in each entry's atom:content
 * @param includePhotos  whether photos become entries too (titled by their caption); fragments never do
 * @param defaultUpdated atom:updated of an entry whose edition has no date (and of an empty feed), as
 *                       {@code yyyy-MM-ddTHH:mm:ssZ}: a fixed value, never the clock, so output is reproducible
 */
public record AtomExporterOptions(
        String title,
        String feedId,
        String selfLink,
        String author,
        String language,
        Content content,
        boolean includePhotos,
        String defaultUpdated) {

    /** The {@code type} of atom:content. */
    public enum Content {
        /** An XHTML {@code <div>}: paragraphs as {@code <p>}, section headings as {@code <h2>}. */
        XHTML,
        /** Plain text: paragraphs separated by a blank line, a section heading as its own paragraph. */
        TEXT
    }

    private static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    public AtomExporterOptions {
        requireNonBlankOrNull("title", title);
        requireNonBlankOrNull("author", author);
        requireNonBlankOrNull("language", language);
        requireAbsoluteOrNull("feedId", feedId);
        requireAbsoluteOrNull("selfLink", selfLink);
        if (language != null) {
            checkLanguage(language);
        }
        if (content == null) {
            throw new IllegalArgumentException("content must be xhtml or text");
        }
        checkTime(defaultUpdated);
    }

    private static void requireNonBlankOrNull(String key, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank (leave it out to use the default)");
        }
    }

    private static void requireAbsoluteOrNull(String key, String value) {
        if (value == null) {
            return;
        }
        try {
            if (!new URI(value).isAbsolute()) {
                throw new IllegalArgumentException(key + " must be an absolute IRI (with a scheme, e.g. urn:uuid:…"
                        + " or https://…), was '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a valid IRI: " + e.getReason(), e);
        }
    }

    private static void checkLanguage(String language) {
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("language '" + language + "' is not a well-formed BCP 47 tag"
                    + " (e.g. zh-Hans, en): " + e.getMessage(), e);
        }
    }

    private static void checkTime(String value) {
        if (value == null || !UTC_TIME.matcher(value).matches()) {
            throw new IllegalArgumentException("defaultUpdated must be a UTC time written yyyy-MM-ddTHH:mm:ssZ, was '"
                    + value + "'");
        }
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("defaultUpdated '" + value + "' is not a valid time", e);
        }
    }
}
