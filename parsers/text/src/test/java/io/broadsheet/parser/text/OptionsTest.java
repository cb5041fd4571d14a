package io.broadsheet.parser.text;

import static io.broadsheet.parser.text.Pages.parse;
import static io.broadsheet.parser.text.Pages.titled;
import static io.broadsheet.parser.text.Pages.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.model.Article;
import io.broadsheet.parser.text.TextParserOptions.Punctuation;
import org.junit.jupiter.api.Test;

/** What each option changes, against the same fixture pages. */
class OptionsTest {

    @Test
    void joiningCanBeTurnedOff() {
        Article joined = titled(parse("layout-splits.txt"), "老城区改造进入收尾阶段");
        Article split = titled(parse("layout-splits.txt", with(false, true, Punctuation.KEEP, null)), "老城区改造进入收尾阶段");

        assertThat(split.paragraphs()).hasSize(joined.paragraphs().size() + 3);
        assertThat(split.paragraphs()).contains("4000平方米,惠及居民一千二百余户。");
    }

    @Test
    void duplicatesCanBeKept() {
        Article kept = titled(parse("duplicates.txt", with(true, false, Punctuation.KEEP, null)), "市民服务中心启用");

        // Both repeats stay: the whole one as a paragraph, the split one joined to the block after it.
        assertThat(kept.paragraphs()).hasSize(5);
    }

    @Test
    void halfWidthPunctuationNextToChineseBecomesFullWidth() {
        Article a = titled(parse("punctuation.txt", with(true, true, Punctuation.FULLWIDTH, null)), "新区举办科技周（第三届）");

        assertThat(a.dateline().text()).isEqualTo("本报讯（记者 方圆）");
        // Marks between digits keep their width: "7:30" is a time.
        assertThat(a.paragraphs().get(0)).isEqualTo("11月8日，新区科技周开幕，展出项目：机器人、无人机等；活动持续到7:30结束。");
    }

    @Test
    void punctuationIsKeptAsPrintedByDefault() {
        Article a = titled(parse("punctuation.txt"), "新区举办科技周(第三届)");

        assertThat(a.paragraphs().get(0)).contains("11月8日,新区科技周开幕,");
    }

    @Test
    void theEditionComesFromThePathPattern() {
        Article a = Pages.parseText("江城日报/2022-11-10/A03.txt", "## 标题一行\n\n本报讯 正文。\n",
                with(true, true, Punctuation.KEEP, "{publication}/{yyyy-MM-dd}/{page}.txt")).get(0);

        assertThat(a.edition().publication()).isEqualTo("江城日报");
        assertThat(a.edition().date()).isEqualTo("2022-11-10");
        assertThat(a.edition().page()).isEqualTo(3);
    }

    @Test
    void badOptionValuesAreRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> with(true, true, Punctuation.KEEP, "{publication}/{pages}.txt"))
                .hasMessageContaining("{pages}");
        assertThatThrownBy(() -> new TextLimits(40, 80, 0, 6, 4, 80, 8, 2, 64)).hasMessageContaining("maxSectionHeading");
        TextParserOptions d = new TextParser().defaultOptions();
        assertThatThrownBy(() -> new TextParserOptions("no-such-charset", true, true, Punctuation.KEEP, null, true,
                d.lexicon(), d.lexiconAdditions(), d.limits())).hasMessageContaining("no-such-charset");
    }
}
