package io.broadsheet.core.model;

import java.util.Locale;

/** What an item on a page is. Serialised in lower case ({@code article}, {@code photo}, {@code fragment}). */
public enum ArticleKind {
    /** A titled article. */
    ARTICLE,
    /** A photo: caption and/or credit, no title. */
    PHOTO,
    /** Untitled text, e.g. the rest of an article continued from another page. */
    FRAGMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleKind fromLabel(String label) {
        for (ArticleKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "' (expected article, photo or fragment)");
    }
}
