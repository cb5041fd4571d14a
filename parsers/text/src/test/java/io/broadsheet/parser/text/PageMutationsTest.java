package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each mutation rewrites a corpus page the way it says, and only that way. */
class PageMutationsTest {

    private static final String PLAIN = "dev/rmrb_2022-01-01_p01";   // no '#' markers
    private static final String MARKED = "dev/rmrb_2022-01-06_p01";  // '##' titles, '###' kickers

    private static String page(String name) throws Exception {
        return Files.readString(path(name + ".txt"));
    }

    private static Path path(String name) throws Exception {
        return Path.of(PageMutationsTest.class.getResource("/corpus/" + name).toURI());
    }

    private static Set<String> headlines(String name) throws Exception {
        return CorpusPages.headlines(path(name + ".txt"));
    }

    /** The mutated page after a newline, so that every line, the first too, follows a "\n". */
    private static String apply(PageMutations m, String name) throws Exception {
        return "\n" + m.apply(page(name), headlines(name));
    }

    @Test
    void blankLinesGo() throws Exception {
        String out = apply(PageMutations.NO_BLANK_LINES, PLAIN);
        assertThat(out.substring(1)).doesNotContain("\n\n");
        assertThat(out.substring(1).lines().count()).isEqualTo(page(PLAIN).lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void markersGoOrChangeLevel() throws Exception {
        assertThat(apply(PageMutations.NO_MARKERS, MARKED)).doesNotContain("\n#");
        assertThat(apply(PageMutations.ONE_MARKER_LEVEL, MARKED)).contains("\n## 习近平在北京考察").doesNotContain("###");
        assertThat(apply(PageMutations.MARKERS_ONE_DEEPER, MARKED)).contains("\n### 三峡南线船闸提前恢复通航")
                .contains("\n#### 韩正陪同考察");
    }

    @Test
    void markersAreAddedToHeadlineLinesOnly() throws Exception {
        String out = apply(PageMutations.MARKERS_ON_HEADLINES, PLAIN);
        assertThat(out).contains("\n## 全国政协举行新年茶话会 习近平发表重要讲话\n")
                .contains("\n## 李克强王沪宁赵乐际韩正王岐山出席 汪洋主持\n")
                .contains("\n## （走向冬奥）\n")
                .doesNotContain("## （下转第二版）").doesNotContain("## 韩加君摄");
        assertThat(out.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(7);
    }

    @Test
    void headlinesAreLetterSpaced() throws Exception {
        String out = apply(PageMutations.LETTER_SPACED_HEADLINES, MARKED);
        assertThat(out).contains("\n## 三 峡 南 线 船 闸 提 前 恢 复 通 航\n").contains("\n### 韩 正 陪 同 考 察\n")
                .contains("本报北京1月5日电");
    }

    @Test
    void spacesChangeButMarkersStayMarkup() throws Exception {
        String nbsp = apply(PageMutations.NO_BREAK_SPACES, MARKED);
        assertThat(nbsp.lines().filter(l -> !l.startsWith("#")).noneMatch(l -> l.contains(" "))).isTrue();
        assertThat(nbsp).contains("\n## 坚定信心再接再厉抓好各项筹备工作\u00a0确保").contains("新华社记者\u00a0\u00a0刘洋摄");
        assertThat(apply(PageMutations.IDEOGRAPHIC_SPACES, MARKED)).contains("新华社记者\u3000\u3000刘洋摄");
    }

    @Test
    void punctuationChangesWidthBothWays() throws Exception {
        String full = apply(PageMutations.FULL_WIDTH_PUNCTUATION, "dev/wb_2014-12-01_p08");
        assertThat(full).contains("中新网北京12月1日电（记者 张曦）").doesNotContain("(");
        String half = apply(PageMutations.HALF_WIDTH_PUNCTUATION, PLAIN);
        assertThat(half).contains("(下转第二版)").doesNotContain("，");
    }
}
