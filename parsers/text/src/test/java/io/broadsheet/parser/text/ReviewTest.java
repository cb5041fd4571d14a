package io.broadsheet.parser.text;

import static io.broadsheet.parser.text.Pages.parse;
import static io.broadsheet.parser.text.Pages.titled;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Review;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each item carries the confidence segmentation had in it; weak decisions are flagged with the competing reading. */
class ReviewTest {

    @Test
    void clearlySegmentedArticlesAreFullyConfidentAndNotFlagged() {
        Article a = titled(parse("consistent-markers.txt"), "山城夜市重新开张");

        assertThat(a.metadata()).containsEntry("confidence", "1.00").doesNotContainKey(Review.KEY);
    }

    @Test
    void aHeadlineTakingTheUndatedParagraphsAboveItIsFlaggedWithTheOtherReading() {
        List<Article> page = parse("headline-below-lead.txt");

        Article a = titled(page, "绿道串起城市公园");
        assertThat(a.metadata()).containsEntry("confidence", "0.70");
        assertThat(a.metadata().get(Review.KEY)).startsWith("headline-after-its-lead: ")
                .contains("could be a fragment of another article");
        assertThat(titled(page, "地铁六号线开通运营").metadata()).doesNotContainKey(Review.KEY);
    }

    @Test
    void aCaptionWithoutCreditBetweenPictureGapsIsFlagged() {
        Article photo = parse("photo-conventions.txt").stream()
                .filter(a -> a.kind() == ArticleKind.PHOTO && "晨曦中的跨海大桥。".equals(a.caption())).findFirst().orElseThrow();

        assertThat(photo.metadata().get(Review.KEY)).contains("short-text-between-picture-gaps");
    }

    @Test
    void aDatedLeadAboveItsHeadlineLowersConfidenceWithoutFlagging() {
        Article a = titled(parse("headline-after-lead.txt"), "城北建成首个口袋公园");

        assertThat(a.metadata()).containsEntry("confidence", "0.90").doesNotContainKey(Review.KEY);
    }

    @Test
    void inspectListsTheFlaggedItemsWithTheirCompetingReadings() throws IOException {
        StringBuilder out = new StringBuilder();
        TextParser parser = new TextParser();
        parser.open(parser.defaultOptions()).explain(Pages.input("headline-below-lead.txt"), out);

        assertThat(out.toString()).contains("review  lines 1-7 «绿道串起城市公园» (confidence 0.70): headline-after-its-lead: ");
    }
}
