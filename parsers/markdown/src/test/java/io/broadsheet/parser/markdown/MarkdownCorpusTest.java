package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every real post in the shared corpus parses with a title and paragraphs, free of site-generator markup. */
class MarkdownCorpusTest {

    private static List<Article> parse(Path file) {
        return Fixtures.parse(SourceInput.ofFile(file, "external/markdown/" + file.getFileName()),
                Fixtures.PARSER.defaultOptions()).articles();
    }

    @Test
    void everyExternalPostHasTitleAndParagraphs() throws IOException {
        Path dir = Corpus.require("external/markdown");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            List<Article> articles = parse(file);
            assertThat(articles).as(file.toString()).hasSize(1);
            Article post = articles.get(0);
            assertThat(post.title()).as(file + " title").isNotBlank();
            assertThat(post.paragraphs()).as(file + " paragraphs").isNotEmpty();
            assertThat(post.paragraphs()).as(file + " shortcodes and comments").noneMatch(
                    p -> p.contains("{{<") || p.contains("{{%") || p.strip().equals("<!--more-->"));
            assertThat(post.edition().date()).as(file + " date").matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void jekyllPostWithoutDateKeyTakesItFromItsName() {
        Path file = Corpus.require("external/markdown").resolve("hux_2017-07-26-farewell-flash.md");
        Article post = parse(file).get(0);

        assertThat(post.title()).isEqualTo("Farewell, Flash. 感谢你，但这一次是真正的永别。");
        assertThat(post.subtitles()).containsExactly("So long, and thanks for all the Flash");
        assertThat(post.edition().date()).isEqualTo("2017-07-26");
        assertThat(post.metadata()).containsEntry("tags", "Web, Flash");
    }

    @Test
    void hugoPostKeepsNestedFrontMatterAsJsonMetadata() {
        Path file = Corpus.require("external/markdown").resolve("loveit_theme-documentation-content.zh-cn.md");
        Article post = parse(file).get(0);

        assertThat(post.title()).isEqualTo("主题文档 - 内容");
        assertThat(post.edition().date()).isEqualTo("2020-03-05");
        assertThat(post.metadata()).containsEntry("toc", "{\"auto\":\"false\"}")
                .containsEntry("date", "2020-03-05T16:30:05+08:00");
        assertThat(post.sections().get(1).heading()).as("Hugo heading ids are dropped").isEqualTo("1 内容组织");
    }

    @Test
    void htmlOnlyPostGivesItsTextAsParagraphs() {
        Path file = Corpus.require("external/markdown").resolve("hux_2014-12-13-wechat-block-kuaidi.markdown");
        Article post = parse(file).get(0);

        assertThat(post.paragraphs()).contains("唉。今天恰巧有感，过来小聊几句。", "阿里大约是晚上9点。");
        assertThat(post.paragraphs()).noneMatch(p -> p.contains("<br>") || p.contains("<b>"));
    }
}
