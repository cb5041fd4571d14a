package io.broadsheet.exporter.csv.internal;

import io.broadsheet.core.model.Article;

/**
 * One CSV row: its article, and in paragraph mode the section heading and 1-based paragraph number
 * (null when none) of the paragraph in {@code text}; in article mode {@code text} is the whole body.
 */
record Row(Article article, String section, Integer paragraph, String text) {
}
