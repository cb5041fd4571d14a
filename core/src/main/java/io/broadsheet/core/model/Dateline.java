package io.broadsheet.core.model;

import java.util.Objects;

/**
 * The dateline that opens an article's first paragraph, as printed ({@code text}), plus what could be
 * read from it: the agency ("新华社"), the place ("北京") and the date as printed ("11月10日").
 */
public record Dateline(String text, String agency, String place, String date) {

    public Dateline {
        Objects.requireNonNull(text, "dateline text");
    }

    public static Dateline of(String text) {
        return new Dateline(text, null, null, null);
    }
}
