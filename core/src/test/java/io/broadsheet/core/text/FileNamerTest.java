package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamerTest {

    private static final Edition P1 = new Edition("青岚日报", "2023-03-14", 1);

    private static Article titled(String title, Edition edition) {
        return Article.builder().id("x").title(title).edition(edition)
                .source(new SourceRef("qinglan/2023-03-14_01.txt", 12, 30, "UTF-8")).build();
    }

    @Test
    void chineseTitlesKeepTheirCharacters() {
        FileNamer namer = new FileNamer(50);
        assertThat(namer.articleFile(titled("织密一张网 守护一江水", P1), ".md"))
                .isEqualTo("2023-03-14-p1-织密一张网-守护一江水.md");
        assertThat(namer.articleFile(titled("市委政研室：向疫而行践初心", P1), ".md"))
                .isEqualTo("2023-03-14-p1-市委政研室-向疫而行践初心.md");
        assertThat(namer.articleFile(titled("全市“巩固清零”工作动员会召开", P1), ".md"))
                .isEqualTo("2023-03-14-p1-全市-巩固清零-工作动员会召开.md");
    }

    @Test
    void unsafeCharactersGoAndLatinIsLowerCased() {
        FileNamer namer = new FileNamer(50);
        assertThat(namer.articleFile(titled("../a/b\\c:d*e?f\"g<h>i|j\u0000k COVID-19", P1), ".md"))
                .isEqualTo("2023-03-14-p1-a-b-c-d-e-f-g-h-i-j-k-covid-19.md");
    }

    @Test
    void collisionsGetNumberedInArchiveOrder() {
        FileNamer namer = new FileNamer(50);
        assertThat(namer.articleFile(titled("图片新闻", P1), ".md")).isEqualTo("2023-03-14-p1-图片新闻.md");
        assertThat(namer.articleFile(titled("图片新闻", P1), ".md")).isEqualTo("2023-03-14-p1-图片新闻-2.md");
        assertThat(namer.articleFile(titled("图片新闻-2", P1), ".md")).isEqualTo("2023-03-14-p1-图片新闻-2-2.md");
        assertThat(namer.articleFile(titled("图片 新闻", P1), ".md")).isEqualTo("2023-03-14-p1-图片-新闻.md");
        assertThat(namer.articleFile(titled("Ａ", P1), ".md")).isEqualTo("2023-03-14-p1-ａ.md");
        assertThat(namer.articleFile(titled("A", P1), ".md")).isEqualTo("2023-03-14-p1-a.md");
        assertThat(namer.articleFile(titled("a", P1), ".md")).isEqualTo("2023-03-14-p1-a-2.md");
    }

    @Test
    void withoutDateAndPageTheSourceFileAndLineNameIt() {
        FileNamer namer = new FileNamer(50);
        assertThat(namer.articleFile(titled("一周天气", Edition.UNKNOWN), ".md"))
                .isEqualTo("2023-03-14-01-00012-一周天气.md");
        assertThat(namer.articleFile(titled("一周天气", new Edition("青岚日报", "2023-03-14", null)), ".md"))
                .isEqualTo("2023-03-14-01-00012-一周天气-2.md");
    }

    @Test
    void untitledItemsUseTheCaptionThenTheKind() {
        FileNamer namer = new FileNamer(12);
        Article photo = Article.builder().id("p").kind(ArticleKind.PHOTO).edition(P1).source(SourceRef.of("p.txt"))
                .caption("3月12日,志愿者在青岚江畔补植柳树。").build();
        Article bare = photo.toBuilder().caption(null).build();
        Article punctuation = photo.toBuilder().caption("……").build();
        assertThat(namer.articleFile(photo, ".md")).isEqualTo("2023-03-14-p1-3月12日-志愿者在青岚.md");
        assertThat(namer.articleFile(bare, ".md")).isEqualTo("2023-03-14-p1-photo.md");
        assertThat(namer.articleFile(punctuation, ".md")).isEqualTo("2023-03-14-p1-photo-2.md");
    }

    @Test
    void longTitlesAreCutToCharactersAndBytes() {
        FileNamer namer = new FileNamer(120);
        String name = namer.articleFile(titled("关于".repeat(100), P1), ".md");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(name).startsWith("2023-03-14-p1-关于关于").endsWith(".md");
        String emoji = namer.articleFile(titled("𠀋".repeat(100), P1), ".md");
        assertThat(emoji.codePoints().filter(cp -> cp == 0x2000B).count()).isEqualTo(Slug.MAX_BYTES / 4);
    }

    @Test
    void editionFiles() {
        FileNamer namer = new FileNamer(50);
        assertThat(namer.editionFile(P1, ".md")).isEqualTo("2023-03-14-青岚日报.md");
        assertThat(namer.editionFile(new Edition("青岚日报", "2023-03-14", 2), ".md")).isEqualTo("2023-03-14-青岚日报-2.md");
        assertThat(namer.editionFile(Edition.UNKNOWN, ".md")).isEqualTo("undated.md");
    }
}
