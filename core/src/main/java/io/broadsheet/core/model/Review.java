package io.broadsheet.core.model;

/**
 * The metadata key a parser sets on an article it read with low confidence: its value says why, with the
 * competing readings, so that a reviewer can filter for it in any format and a run can count it.
 */
public final class Review {

    /** {@code metadata.review}: present only on articles that need review. */
    public static final String KEY = "review";

    private Review() {
    }

    /** Whether an article needs review. */
    public static boolean needed(Article article) {
        return article.metadata().containsKey(KEY);
    }
}
