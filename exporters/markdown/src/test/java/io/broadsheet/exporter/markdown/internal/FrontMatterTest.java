package io.broadsheet.exporter.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.exporter.markdown.MarkdownReading;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTest {

    /** Values Jekyll, Hugo and pandoc users trip over when YAML is written by hand. */
    @ParameterizedTest
    @ValueSource(strings = {
        "标题: 副题", "a: b", "key:value", "# comment?", "a #b", "- leading dash", "-", "--- ", "...", "'single'",
        "\"double\"", "it's", "say \"hi\"", "line\nbreak", "cr\r\nlf", "tab\there", "\\backslash", "yes", "No", "on",
        "off", "null", "~", "true", "123", "0x1F", "1e5", "2023-03-14", "12:30:00", "@at", "`tick", "!tag", "&anchor",
        "*alias", "%percent", "{a: 1}", "[1, 2]", "| literal", "> folded", "?question", ",comma", " leading space",
        "trailing space ", "\u2028ls\u2029ps", "nel\u0085", "\uFEFFbom", "bell\u0007", "del\u007f", "c1\u0090",
        "emoji 😀 𠀋", "——我市青岚江流域综合治理工作纪实", "\u0000nul"
    })
    void hostileScalarsRoundTripThroughAYamlParser(String value) throws Exception {
        Article a = Article.builder().id("7cb0d6f90dc5d7f1").source(SourceRef.of("p.txt"))
                .title(value).addSubtitle(value).addAuthor(value).putMetadata(value, value).build();
        JsonNode yaml = MarkdownReading.split(FrontMatter.of(a)).frontMatter();
        assertThat(yaml.get("title").isTextual()).isTrue();
        assertThat(yaml.get("title").asText()).isEqualTo(value);
        assertThat(yaml.get("subtitles").get(0).asText()).isEqualTo(value);
        assertThat(yaml.get("authors").get(0).asText()).isEqualTo(value);
        assertThat(yaml.get("metadata").get(value).asText()).isEqualTo(value);
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() throws Exception {
        Article a = Article.builder().id("x").source(SourceRef.of("p.txt")).title("a\ud800b\udc00c").build();
        String frontMatter = FrontMatter.of(a);
        assertThat(MarkdownReading.split(frontMatter).frontMatter().get("title").asText()).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void keysComeInTheSharedOrderAndEmptyOnesAreLeftOut() throws Exception {
        Article a = Article.builder().id("b2e1d4c3f5a6b702").kind(ArticleKind.ARTICLE)
                .title("标题").addSubtitle("——副题").kicker("引题").column("专栏").byline("记者 周明远")
                .addAuthor("周明远").dateline(new Dateline("新华社云岫3月13日电", "新华社", "云岫", "3月13日"))
                .edition(new Edition("青岚日报", "2023-03-14", 1)).caption("说明").credit("何春生 摄")
                .continuedTo(3).continuedFrom(2).source(new SourceRef("qinglan/p1.txt", 41, 52, "GB18030"))
                .putMetadata("url", "https://example.org/1").putMetadata("layout", "二栏").build();
        JsonNode yaml = MarkdownReading.split(FrontMatter.of(a)).frontMatter();
        assertThat(fieldNames(yaml)).containsExactly("title", "subtitles", "kicker", "column", "byline", "authors",
                "dateline", "dateline_agency", "dateline_place", "dateline_date", "date", "publication", "page",
                "kind", "id", "caption", "credit", "continued_to", "continued_from", "source", "source_lines",
                "source_encoding", "metadata");
        assertThat(yaml.get("page").isInt()).isTrue();
        assertThat(yaml.get("page").asInt()).isEqualTo(1);
        assertThat(yaml.get("continued_to").asInt()).isEqualTo(3);
        assertThat(yaml.get("date").isTextual()).isTrue();
        assertThat(yaml.get("date").asText()).isEqualTo("2023-03-14");
        assertThat(yaml.get("source_lines").asText()).isEqualTo("41-52");
        assertThat(fieldNames(yaml.get("metadata"))).containsExactly("layout", "url");

        Article bare = Article.builder().id("x").title("").source(SourceRef.of("p.txt")).build();
        assertThat(FrontMatter.of(bare)).isEqualTo("---\nkind: \"article\"\nid: \"x\"\nsource: \"p.txt\"\n---\n");
    }

    @Test
    void simpleMetadataKeysArePlainOthersQuoted() {
        Article a = Article.builder().id("x").source(SourceRef.of("p.txt"))
                .metadata(Map.of("url", "u", "yes", "v", "a b", "w", "版面", "x")).build();
        assertThat(FrontMatter.of(a)).contains("  url: \"u\"\n", "  \"yes\": \"v\"\n", "  \"a b\": \"w\"\n",
                "  \"版面\": \"x\"\n");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
