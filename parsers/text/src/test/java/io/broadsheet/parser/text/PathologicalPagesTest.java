package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pages no layout prints, which must still be read in time linear in their size. */
class PathologicalPagesTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oneArticleOfTwoHundredThousandUnfinishedBlocks() {
        StringBuilder page = new StringBuilder("## 一篇很长的文章\n\n");
        for (int i = 0; i < 200_000; i++) {
            page.append("第").append(i).append("段文字，没有句号，一直写下去\n\n");
        }

        List<Article> articles = Pages.parseText("long.txt", page.toString(), Pages.PARSER.defaultOptions());

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(1);
        assertThat(articles.get(0).paragraphs().get(0)).startsWith("第0段文字").endsWith("第199999段文字，没有句号，一直写下去");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredThousandHeadlineLinesInARow() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            page.append("标题").append(i).append('\n');
        }

        List<Article> articles = Pages.parseText("titles.txt", page.toString(), Pages.PARSER.defaultOptions());

        // One headline block: the two short lines on top read as a column rubric, the third as the title.
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).column()).isEqualTo("标题0 标题1");
        assertThat(articles.get(0).title()).isEqualTo("标题2");
        assertThat(articles.get(0).subtitles()).hasSize(99_997);
    }
}
