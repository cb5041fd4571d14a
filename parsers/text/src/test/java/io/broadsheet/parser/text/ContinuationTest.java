package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article that jumps to another page of the same edition is linked to its continuation. */
class ContinuationTest {

    private static final String PAGE_ONE = "## 全市秋粮收购进度过半\n\n本报讯 全市已收购秋粮二十万吨,(下转第二版)\n\n## 另一篇\n\n本报讯 正文。\n";
    private static final String PAGE_TWO = "(上接第一版)收购进度过半。\n\n## 第二版的文章\n\n本报讯 正文。\n";

    private static List<Article> parse(String... pages) throws Exception {
        TextParser parser = new TextParser();
        ParseSession session = parser.open(parser.defaultOptions());
        CollectingSink sink = new CollectingSink();
        for (int i = 0; i < pages.length; i++) {
            String path = "江城日报/2022-11-10/0" + (i + 1) + ".txt";
            session.parse(SourceInput.ofBytes(path, pages[i].getBytes(StandardCharsets.UTF_8)), sink);
        }
        session.finish(sink);
        return sink.articles();
    }

    @Test
    void bothPartsAreLinkedAndKeepArchiveOrder() throws Exception {
        List<Article> all = parse(PAGE_ONE, PAGE_TWO);

        assertThat(all).extracting(Article::title).containsExactly("全市秋粮收购进度过半", "另一篇", null, "第二版的文章");
        Article first = all.get(0);
        Article rest = all.get(2);
        assertThat(first.continuedTo()).isEqualTo(2);
        assertThat(rest.continuedFrom()).isEqualTo(1);
        assertThat(first.metadata()).containsEntry("continuedToId", rest.id());
        assertThat(rest.metadata()).containsEntry("continuedFromId", first.id());
    }

    @Test
    void aContinuationWithoutMarkerIsFoundAtTheTopOfItsPage() throws Exception {
        List<Article> all = parse(PAGE_ONE, PAGE_TWO.replace("(上接第一版)", ""));

        assertThat(all.get(2).continuedFrom()).isEqualTo(1);
        assertThat(all.get(2).metadata()).containsEntry("continuedFromId", all.get(0).id());
    }

    @Test
    void aJumpWhoseTargetIsMissingIsPassedOnUnlinked() throws Exception {
        List<Article> all = parse(PAGE_ONE);

        assertThat(all).hasSize(2);
        assertThat(all.get(0).continuedTo()).isEqualTo(2);
        assertThat(all.get(0).metadata()).doesNotContainKey("continuedToId");
    }
}
