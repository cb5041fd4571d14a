package io.broadsheet.core.model;

/**
 * Where an article was printed: publication name, issue date (ISO-8601, {@code yyyy-MM-dd}) and page
 * number. Each part is null when unknown.
 */
public record Edition(String publication, String date, Integer page) {

    public static final Edition UNKNOWN = new Edition(null, null, null);

    public boolean isUnknown() {
        return publication == null && date == null && page == null;
    }

    /** This edition with every unknown part taken from {@code fallback}. */
    public Edition orElse(Edition fallback) {
        if (fallback == null) {
            return this;
        }
        return new Edition(
                publication != null ? publication : fallback.publication,
                date != null ? date : fallback.date,
                page != null ? page : fallback.page);
    }
}
