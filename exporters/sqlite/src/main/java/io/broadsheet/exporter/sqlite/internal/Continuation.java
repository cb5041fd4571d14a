package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Article;

/**
 * The two directions of a jump. The page numbers are model fields; the linked article's id is the
 * metadata key the text parser sets once both parts are found. Both live in the {@code continuations}
 * table, so the metadata table never repeats them.
 */
enum Continuation {
    TO("to", "continuedToId"),
    FROM("from", "continuedFromId");

    private final String label;
    private final String linkKey;

    Continuation(String label, String linkKey) {
        this.label = label;
        this.linkKey = linkKey;
    }

    String label() {
        return label;
    }

    String linkKey() {
        return linkKey;
    }

    Integer page(Article a) {
        return this == TO ? a.continuedTo() : a.continuedFrom();
    }

    static boolean isLinkKey(String key) {
        return TO.linkKey.equals(key) || FROM.linkKey.equals(key);
    }
}
