package io.broadsheet.runtime.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Review;
import io.broadsheet.core.model.SourceRef;
import org.junit.jupiter.api.Test;

class ReviewTallyTest {

    private static Article article(int line, String review) {
        Article.Builder b = Article.builder().id(ArticleIds.of("p.txt", line)).kind(ArticleKind.ARTICLE).title("t" + line)
                .source(new SourceRef("p.txt", line, line, "UTF-8"));
        if (review != null) {
            b.putMetadata(Review.KEY, review);
        }
        return b.build();
    }

    @Test
    void theReportCountsFlaggedArticlesAndNamesTheFirstFew() {
        RunReport report = new RunReport();
        report.add(new RunReport.InputResult("p.txt", "text", 6, java.util.List.of(), null));
        for (int i = 1; i <= 6; i++) {
            report.reviews().accept(article(i, i % 2 == 0 ? "why " + i : null));
        }

        assertThat(report.reviews().count()).isEqualTo(3);
        assertThat(report.describe()).endsWith("\n3 of 6 articles need review: p.txt:2 (why 2), p.txt:4 (why 4), "
                + "p.txt:6 (why 6) (filter on metadata.review)");
    }

    @Test
    void moreThanTheNamedAreCountedWithThousandsSeparated() {
        ReviewTally tally = new ReviewTally();
        for (int i = 1; i <= 4310; i++) {
            tally.accept(article(i, i <= 12 ? "why" : null));
        }

        assertThat(tally.describe(tally.seen())).startsWith("12 of 4,310 articles need review: p.txt:1 (why), ")
                .contains(", and 9 more");
    }

    @Test
    void aRunWithNothingToReviewSaysNothingOfIt() {
        RunReport report = new RunReport();
        report.reviews().accept(article(1, null));

        assertThat(report.describe()).doesNotContain("review");
    }
}
