package io.broadsheet.parser.epub.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Dublin Core metadata of a book's package document that third-party articles carry. */
record BookMetadata(String title, String language, List<String> creators, String publisher, String date) {

    BookMetadata {
        creators = List.copyOf(creators);
    }

    /** As article metadata: book, creator, language, publisher, date; absent values left out. */
    Map<String, String> asMetadata() {
        Map<String, String> out = new TreeMap<>();
        put(out, "book", title);
        put(out, "creator", creators.isEmpty() ? null : String.join("; ", creators));
        put(out, "language", language);
        put(out, "publisher", publisher);
        put(out, "date", date);
        return out;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
