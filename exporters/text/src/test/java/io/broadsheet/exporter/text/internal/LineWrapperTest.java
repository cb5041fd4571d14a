package io.broadsheet.exporter.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testkit.ArticleGenerator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineWrapperTest {

    private static List<String> wrap(String line, int width) {
        return new LineWrapper(width).wrap(line);
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(wrap("一二三四五六七八九十", 10)).containsExactly("一二三四五", "六七八九十");
        assertThat(wrap("一二三四五六七八九十", 11)).containsExactly("一二三四五", "六七八九十");
        assertThat(wrap("一二三四五六七八九十", 0)).containsExactly("一二三四五六七八九十");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // Filled naively, the full stop would open the second line; the character before it moves down with it.
        assertThat(wrap("一二三四。五六", 8)).containsExactly("一二三", "四。五六");
        assertThat(wrap("他说：“我们一定会成功。”", 10)).containsExactly("他说：“我", "们一定会成", "功。”");
        assertThat(wrap("数量多,质量好", 6)).containsExactly("数量", "多,质", "量好");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertThat(wrap("一二三（四）五", 8)).containsExactly("一二三", "（四）五");
        assertThat(wrap("我们读《青岚日报》", 8)).containsExactly("我们读", "《青岚日", "报》");
    }

    @Test
    void latinWordsStayWholeAndSpacesAtBreaksGo() {
        assertThat(wrap("Broadsheet 把 Qinglan Daily 的版面转成 Markdown 文件", 16))
                .containsExactly("Broadsheet 把", "Qinglan Daily 的", "版面转成", "Markdown 文件");
        assertThat(wrap("版本2.0.1发布了", 8)).containsExactly("版本", "2.0.1发", "布了");
    }

    @Test
    void aCutWordStillKeepsPunctuationInPlace() {
        assertThat(wrap("abcdefghij，k", 5)).containsExactly("abcde", "fghi", "j，k");
        assertThat(wrap("（注）……改", 4)).containsExactly("（注）……", "改");
        assertThat(LineWrapper.clusters("“我们”，(a) ，b")).containsExactly("“我", "们”，", "(a) ，", "b");
    }

    @Test
    void onlyWordsLongerThanTheLineAreCut() {
        assertThat(wrap("见 https://example.org/qinglan 网站", 12))
                .containsExactly("见", "https://exam", "ple.org/qing", "lan 网站");
    }

    /** Every CJK/Latin mix the generator makes, at many widths, keeps every rule and every character. */
    @ParameterizedTest
    @ValueSource(ints = {4, 7, 10, 13, 20, 33, 60})
    void mixedTextAtManyWidths(int width) {
        ArticleGenerator generator = new ArticleGenerator(width);
        Random random = new Random(width);
        for (int n = 0; n < 300; n++) {
            String line = generator.text(10, 200) + (random.nextBoolean() ? "“引语”，" : "（注）")
                    + (random.nextBoolean() ? " Version 2.0 of the archive " : "……") + generator.text(5, 40) + "。";
            List<String> lines = wrap(line, width);
            assertThat(String.join("", lines).replaceAll("\\s", "")).isEqualTo(line.replaceAll("\\s", ""));
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                assertThat(l).isNotEmpty().isEqualTo(l.strip());
                if (i > 0) {
                    assertThat(LineBreakRules.isClosing(l.codePointAt(0))).as("%s starts %s", l, lines).isFalse();
                }
                if (i < lines.size() - 1) {
                    assertThat(LineBreakRules.isOpening(l.codePointBefore(l.length()))).as("%s ends", l).isFalse();
                }
                if (EastAsianWidth.columns(l) > width) {
                    // Only one character with its punctuation, wider than a (tiny) line, may overflow.
                    assertThat(LineWrapper.clusters(l)).as("%s overflows %d", l, width).hasSize(1);
                }
            }
        }
    }

    @Test
    void wordsInMixedTextAreNotBroken() {
        String line = "青岚江 Qinglan River 流域治理 watershed governance 取得 remarkable 成效，相关 reports 已发布。";
        for (int width = 12; width <= 40; width++) {
            List<String> lines = wrap(line, width);
            for (String word : List.of("Qinglan", "River", "watershed", "governance", "remarkable", "reports")) {
                assertThat(lines).as("width %d", width).anySatisfy(l -> assertThat(l).contains(word));
            }
            int w = width;
            assertThat(lines).allSatisfy(l -> assertThat(EastAsianWidth.columns(l)).isLessThanOrEqualTo(w));
        }
    }
}
