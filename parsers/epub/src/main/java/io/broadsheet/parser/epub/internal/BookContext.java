package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.spi.ArticleSink;

/**
 * The book being read: its path for errors and ids, its metadata, the sink, the nesting limit, and the
 * article count for ids.
 */
final class BookContext {

    private final String path;
    private final BookMetadata metadata;
    private final ArticleSink sink;
    private final int maxNesting;
    private int articles;

    BookContext(String path, BookMetadata metadata, ArticleSink sink, int maxNesting) {
        this.path = path;
        this.metadata = metadata;
        this.sink = sink;
        this.maxNesting = maxNesting;
    }

    /** How deep markup is walked (option {@code maxNesting}). */
    int maxNesting() {
        return maxNesting;
    }

    String path() {
        return path;
    }

    BookMetadata metadata() {
        return metadata;
    }

    /** A stable id for the next article without one: the book's path and the article's index in it. */
    String nextId() {
        return ArticleIds.of(path, articles++);
    }

    void warn(String entry, String message) {
        sink.warn(path, 0, "entry '" + entry + "': " + message);
    }
}
