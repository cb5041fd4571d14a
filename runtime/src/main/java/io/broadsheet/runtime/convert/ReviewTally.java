package io.broadsheet.runtime.convert;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts the articles of a run and those a parser marked for review ({@code metadata.review}), keeping
 * the first few to name in the run report: "12 of 4,310 articles need review: a.txt:3 (why), …".
 */
public final class ReviewTally {

    /** How many flagged articles the report names; the rest are only counted. */
    static final int NAMED = 3;

    private final List<String> first = new ArrayList<>();
    private long seen;
    private long count;

    void accept(Article article) {
        seen++;
        String why = article.metadata().get(Review.KEY);
        if (why == null) {
            return;
        }
        count++;
        if (first.size() < NAMED) {
            first.add(article.source().path() + ":" + article.source().startLine() + " (" + why + ")");
        }
    }

    /** Articles that need review. */
    public long count() {
        return count;
    }

    /** Articles seen, flagged or not. */
    public long seen() {
        return seen;
    }

    /** The report line; {@code articles} is the run's total. */
    String describe(long articles) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d of %,d articles need review: ", count, articles));
        out.append(String.join(", ", first));
        if (count > first.size()) {
            out.append(String.format(Locale.ROOT, ", and %,d more", count - first.size()));
        }
        return out.append(" (filter on metadata.review)").toString();
    }
}
