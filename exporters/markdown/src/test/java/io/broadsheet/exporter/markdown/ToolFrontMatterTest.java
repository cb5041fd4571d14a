package io.broadsheet.exporter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.markdown.MarkdownParser;
import io.broadsheet.testkit.MemoryTarget;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys pandoc, Hugo and Jekyll read, and a post's YAML types kept through the model. */
class ToolFrontMatterTest {

    private static final MarkdownExporter EXPORTER = new MarkdownExporter();

    private static String onlyFile(List<Article> articles) throws Exception {
        MemoryTarget target = MarkdownExporterTest.export(articles,
                new MarkdownExporterOptions(MarkdownExporterOptions.Split.ARTICLE, 50, true));
        assertThat(target.texts()).hasSize(1);
        return target.texts().values().iterator().next();
    }

    private static Article parse(String path, String markdown) throws Exception {
        MarkdownParser parser = new MarkdownParser();
        CollectingSink sink = new CollectingSink();
        ParseSession session = parser.open(parser.defaultOptions());
        session.parse(SourceInput.ofBytes(path, markdown.getBytes(StandardCharsets.UTF_8)), sink);
        session.finish(sink);
        assertThat(sink.warnings()).isEmpty();
        return sink.articles().get(0);
    }

    @Test
    void authorSubtitleDateAndTagsAreWrittenForPandocHugoAndJekyll() throws Exception {
        Article a = Article.builder().id("a1").kind(ArticleKind.ARTICLE).title("江城滨江绿道全线贯通")
                .addSubtitle("全长二十公里").column("城事").byline("记者 李华 王强").addAuthor("李华").addAuthor("王强")
                .edition(new Edition("江城日报", "2022-11-10", 1))
                .sections(List.of(new Section(null, List.of("正文。")))).source(SourceRef.of("p.txt")).build();
        JsonNode yaml = MarkdownReading.split(onlyFile(List.of(a))).frontMatter();

        assertThat(yaml.get("title").asText()).isEqualTo("江城滨江绿道全线贯通");
        assertThat(yaml.get("subtitle").asText()).isEqualTo("全长二十公里");
        assertThat(yaml.get("author").isArray()).isTrue();
        assertThat(yaml.get("author")).extracting(JsonNode::asText).containsExactly("李华", "王强");
        assertThat(yaml.get("date").asText()).isEqualTo("2022-11-10");
        assertThat(yaml.get("tags").isArray()).isTrue();
        assertThat(yaml.get("tags")).extracting(JsonNode::asText).containsExactly("城事");
    }

    @Test
    void aPhotoCreditWithoutAuthorsIsTheAuthor() throws Exception {
        Article a = Article.builder().id("p1").kind(ArticleKind.PHOTO).caption("说明。").credit("陈明 摄")
                .byline("陈明 摄").source(SourceRef.of("p.txt")).build();

        assertThat(MarkdownReading.split(onlyFile(List.of(a))).frontMatter().get("author").get(0).asText())
                .isEqualTo("陈明 摄");
    }

    @Test
    void aHugoPostKeepsItsYamlTypesThroughTheModel() throws Exception {
        Article post = parse("post.md", "---\ntitle: 夜市\ndate: 2031-06-01T19:30:00+08:00\ndraft: false\n"
                + "weight: 3\ntags: [青溪, 夜市]\ncode: 0012\nmood: yes\n---\n\n夜市开张。\n");

        assertThat(post.metadata()).containsEntry("draft", "false").containsEntry("tags", "青溪, 夜市")
                .containsEntry("front_matter", "{\"draft\":false,\"tags\":[\"青溪\",\"夜市\"],\"weight\":3}");

        String file = onlyFile(List.of(post));
        JsonNode yaml = MarkdownReading.split(file).frontMatter();
        assertThat(yaml.get("draft").isBoolean()).isTrue();
        assertThat(yaml.get("draft").asBoolean()).isFalse();
        assertThat(yaml.get("weight").isInt()).isTrue();
        assertThat(yaml.get("tags").isArray()).isTrue();
        assertThat(yaml.get("tags")).extracting(JsonNode::asText).containsExactly("青溪", "夜市");

        Article again = parse("markdown/" + "again.md", file);
        assertThat(again.metadata()).isEqualTo(post.metadata());
        assertThat(again.subtitles()).isEqualTo(post.subtitles());
        assertThat(again.authors()).isEqualTo(post.authors());
    }
}
