package io.broadsheet.core.spi;

/**
 * The fields of {@link io.broadsheet.core.model.Article}. A format declares which of them it carries, so
 * that what it cannot carry is known (and tested) instead of silently dropped.
 */
public enum ModelField {
    ID, KIND, COLUMN, KICKER, TITLE, SUBTITLES, BYLINE, AUTHORS, DATELINE, SECTIONS, CAPTION, CREDIT,
    CONTINUED_TO, CONTINUED_FROM, EDITION, SOURCE, METADATA
}
