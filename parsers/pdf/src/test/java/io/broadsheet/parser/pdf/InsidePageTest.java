package io.broadsheet.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import io.broadsheet.parser.pdf.sketch.InsidePage;
import io.broadsheet.testkit.CollectingSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page 3 continues the front page's lead story: the two parts are linked across the PDFs of the edition. */
class InsidePageTest {

    @Test
    void theRestOfTheLeadStoryAndABrief() {
        List<Article> page = Pdfs.parse("hbrb-03.pdf", InsidePage.pdf());
        assertThat(page).extracting(Article::kind).containsExactly(ArticleKind.FRAGMENT, ArticleKind.ARTICLE);
        assertThat(page).extracting(Article::title).containsExactly(null, "海港新开航线");
        assertThat(page.get(0).continuedFrom()).isEqualTo(1);
        assertThat(page.get(0).paragraphs()).hasSize(2);
        assertThat(page).extracting(Article::edition).containsOnly(new Edition("海滨日报", "2024-10-16", 3));
    }

    @Test
    void theJumpIsLinkedAcrossThePdfsOfOneEdition() throws Exception {
        PdfParser parser = new PdfParser();
        var session = parser.open(parser.defaultOptions());
        CollectingSink sink = new CollectingSink();
        session.parse(SourceInput.ofBytes("hbrb-01.pdf", FrontPage.pdf()), sink);
        session.parse(SourceInput.ofBytes("hbrb-03.pdf", InsidePage.pdf()), sink);
        session.finish(sink);
        Article first = sink.articles().get(0);
        Article rest = sink.articles().stream().filter(a -> a.source().path().equals("hbrb-03.pdf")).findFirst().orElseThrow();
        assertThat(first.metadata()).containsEntry("continuedToId", rest.id());
        assertThat(rest.metadata()).containsEntry("continuedFromId", first.id());
    }
}
