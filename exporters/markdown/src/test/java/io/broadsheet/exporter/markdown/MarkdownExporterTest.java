package io.broadsheet.exporter.markdown;

import static io.broadsheet.exporter.markdown.MarkdownReading.Block.h2;
import static io.broadsheet.exporter.markdown.MarkdownReading.Block.p;
import static io.broadsheet.exporter.markdown.MarkdownReading.normalise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.exporter.markdown.MarkdownExporterOptions.Split;
import io.broadsheet.exporter.markdown.MarkdownReading.Block;
import io.broadsheet.exporter.markdown.MarkdownReading.Document;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.MemoryTarget;
import io.broadsheet.testkit.TestArticles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    private static final String[] NUMERALS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final MarkdownExporter exporter = new MarkdownExporter();

    static MemoryTarget export(List<Article> articles, MarkdownExporterOptions options) throws IOException {
        MemoryTarget target = new MemoryTarget("markdown");
        try (ExportSession session = new MarkdownExporter().open(options, target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        assertThat(target.allClosed()).as("every file closed").isTrue();
        return target;
    }

    private MarkdownExporterOptions split(Split split) {
        return new MarkdownExporterOptions(split, exporter.defaultOptions().maxSlugLength());
    }

    @Test
    void oneFilePerArticleNamedFromDatePageAndTitle() throws IOException {
        MemoryTarget target = export(TestArticles.fixtures(), exporter.defaultOptions());
        assertThat(target.texts().keySet()).containsExactly(
                "markdown/2023-03-14-p1-织密一张网-守护一江水.md",
                "markdown/2023-03-14-p1-青岚市召开一季度经济运行分析会.md",
                "markdown/2023-03-14-p1-3月12日-志愿者在青岚江畔补植柳树-当天-全市300余名志愿者参加义务植树活动.md",
                "markdown/2023-03-14-p1-让绿色成为高质量发展的鲜明底色.md",
                "markdown/2023-03-14-p1-photo.md",
                "markdown/2023-03-14-p1-photo-2.md",
                "markdown/2023-03-14-p3-fragment.md",
                "markdown/2023-03-14-p3-新华社电-两地签署生态补偿协议.md",
                "markdown/weather-一周天气.md");
    }

    @Test
    void anArticleFileReadsAsExpected() throws IOException {
        MemoryTarget target = export(TestArticles.fixtures(), exporter.defaultOptions());
        assertThat(target.text("markdown/2023-03-14-p1-青岚市召开一季度经济运行分析会.md")).isEqualTo("""
                ---
                title: "青岚市召开一季度经济运行分析会"
                authors:
                  - "周明远"
                dateline: "本报讯(记者 周明远)"
                date: "2023-03-14"
                publication: "青岚日报"
                page: 1
                kind: "article"
                id: "b2e1d4c3f5a6b702"
                continued_to: 3
                source: "qinglan/2023-03-14_01.txt"
                source_lines: "41-52"
                source_encoding: "UTF-8"
                ---

                **本报讯(记者 周明远)** 3月13日,市政府召开一季度经济运行分析会,通报1至2月全市主要经济指标,研判当前形势,部署下阶段重点工作。

                会议指出,开年以来,全市规模以上工业增加值同比增长6.8%,社会消费品零售总额增长7.2%,经济运行呈现稳中向好态势。

                （下转第三版）
                """);
        assertThat(target.text("markdown/2023-03-14-p1-photo.md")).endsWith("""
                ---

                韩雨桐 摄
                """);
    }

    @Test
    void fixturesRoundTripThroughYamlAndCommonMark() throws IOException {
        assertRoundTrip(TestArticles.fixtures());
    }

    @Test
    void seedPagesRoundTrip() throws IOException {
        List<Article> gold = TestArticles.fromGold();
        assertThat(gold).hasSizeGreaterThan(20);
        assertRoundTrip(gold);
    }

    @Test
    void hostileTextRoundTrips() throws IOException {
        List<Article> articles = new ArticleGenerator(20260101L).hostile(true).generate(400);
        assertRoundTrip(articles);
        for (String markdown : export(articles, exporter.defaultOptions()).texts().values()) {
            assertOnlyOurMarkup(MarkdownReading.html(MarkdownReading.split(markdown).body()));
        }
    }

    private void assertRoundTrip(List<Article> articles) throws IOException {
        Map<String, String> files = export(articles, exporter.defaultOptions()).texts();
        assertThat(files).hasSameSizeAs(articles);
        int i = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Article a = articles.get(i++);
            Document doc = MarkdownReading.split(file.getValue());
            assertFrontMatter(doc.frontMatter(), a);
            assertThat(MarkdownReading.blocks(doc.body())).as(file.getKey()).containsExactlyElementsOf(expectedBody(a));
        }
    }

    /** The body the shared convention asks for, in model terms. */
    private static List<Block> expectedBody(Article a) {
        List<Block> out = new ArrayList<>();
        if (a.continuedFrom() != null) {
            out.add(p("（上接第" + NUMERALS[a.continuedFrom()] + "版）"));
        }
        if (a.kind() == ArticleKind.PHOTO) {
            addParagraph(out, a.caption());
            addParagraph(out, a.credit());
        }
        String dateline = a.dateline() == null || a.dateline().text().isEmpty() ? null : a.dateline().text();
        for (Section s : a.sections()) {
            if (s.heading() != null) {
                out.add(h2(normalise(s.heading())));
            }
            for (String paragraph : s.paragraphs()) {
                if (dateline != null) {
                    out.add(p(normalise(paragraph.isEmpty() ? dateline : dateline + " " + paragraph)));
                    dateline = null;
                } else {
                    addParagraph(out, paragraph);
                }
            }
        }
        if (dateline != null) {
            out.add(p(normalise(dateline)));
        }
        if (a.continuedTo() != null) {
            out.add(p("（下转第" + NUMERALS[a.continuedTo()] + "版）"));
        }
        return out;
    }

    private static void addParagraph(List<Block> out, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(p(normalise(text)));
        }
    }

    private static void assertFrontMatter(JsonNode yaml, Article a) {
        assertThat(string(yaml, "id")).isEqualTo(a.id());
        assertThat(string(yaml, "kind")).isEqualTo(a.kind().label());
        assertThat(string(yaml, "title")).isEqualTo(orNull(a.title()));
        assertThat(string(yaml, "kicker")).isEqualTo(orNull(a.kicker()));
        assertThat(string(yaml, "column")).isEqualTo(orNull(a.column()));
        assertThat(string(yaml, "byline")).isEqualTo(orNull(a.byline()));
        assertThat(strings(yaml, "subtitles")).isEqualTo(a.subtitles().stream().map(MarkdownReading::replaceLoneSurrogates).toList());
        assertThat(strings(yaml, "authors")).isEqualTo(a.authors().stream().map(MarkdownReading::replaceLoneSurrogates).toList());
        assertThat(string(yaml, "dateline")).isEqualTo(a.dateline() == null ? null : orNull(a.dateline().text()));
        assertThat(string(yaml, "dateline_agency")).isEqualTo(a.dateline() == null ? null : orNull(a.dateline().agency()));
        assertThat(string(yaml, "date")).isEqualTo(a.edition().date());
        assertThat(string(yaml, "publication")).isEqualTo(a.edition().publication());
        assertThat(yaml.hasNonNull("page") ? yaml.get("page").asInt() : null).isEqualTo(a.edition().page());
        assertThat(string(yaml, "caption")).isEqualTo(orNull(a.caption()));
        assertThat(string(yaml, "credit")).isEqualTo(orNull(a.credit()));
        assertThat(yaml.hasNonNull("continued_to") ? yaml.get("continued_to").asInt() : null).isEqualTo(a.continuedTo());
        assertThat(yaml.hasNonNull("continued_from") ? yaml.get("continued_from").asInt() : null)
                .isEqualTo(a.continuedFrom());
        assertThat(string(yaml, "source")).isEqualTo(a.source().path());
        boolean lines = a.source().startLine() != 0 || a.source().endLine() != 0;
        assertThat(string(yaml, "source_lines")).isEqualTo(lines ? a.source().startLine() + "-" + a.source().endLine() : null);
        assertThat(string(yaml, "source_encoding")).isEqualTo(a.source().encoding());
        a.metadata().forEach((k, v) -> assertThat(yaml.get("metadata").get(k).asText()).isEqualTo(v));
        assertThat(yaml.has("metadata") ? yaml.get("metadata").size() : 0).isEqualTo(a.metadata().size());
    }

    /** YAML can carry every character but a lone surrogate (U+0000 included, as an escape). */
    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : MarkdownReading.replaceLoneSurrogates(s);
    }

    private static String string(JsonNode yaml, String key) {
        JsonNode v = yaml.get(key);
        if (v != null && !v.isNull()) {
            assertThat(v.isTextual()).as(key + " is a string").isTrue();
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode yaml, String key) {
        List<String> out = new ArrayList<>();
        if (yaml.has(key)) {
            yaml.get(key).forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** Rendered HTML holds only the elements the exporter means to write. */
    private static void assertOnlyOurMarkup(String html) {
        Matcher tag = Pattern.compile("<(/?)([a-zA-Z0-9]+)").matcher(html);
        while (tag.find()) {
            assertThat(tag.group(2)).as(html).isIn("p", "h2", "strong");
        }
    }

    @Test
    void editionModeWritesOneFilePerIssueWithTitlesAsHeadings() throws IOException {
        List<Article> articles = TestArticles.fixtures();
        MemoryTarget target = export(articles, split(Split.EDITION));
        assertThat(target.texts().keySet()).containsExactly("markdown/2023-03-14-青岚日报.md", "markdown/undated.md");
        String issue = target.text("markdown/2023-03-14-青岚日报.md");
        Document doc = MarkdownReading.split(issue);
        assertThat(doc.frontMatter().get("title").asText()).isEqualTo("青岚日报 2023-03-14");
        List<Block> blocks = MarkdownReading.blocks(doc.body());
        assertThat(blocks).filteredOn(b -> b.type().equals("h1")).extracting(Block::text).containsExactly(
                "织密一张网 守护一江水", "青岚市召开一季度经济运行分析会", "让绿色成为高质量发展的鲜明底色",
                "新华社电 两地签署生态补偿协议");
        assertThat(blocks).filteredOn(b -> b.type().equals("hr")).hasSize(7);
        assertThat(blocks).containsSubsequence(p("青岚时评"), p("青岚日报评论员文章"),
                new Block("h1", "让绿色成为高质量发展的鲜明底色"), p("本报评论员"));
        // A photo's byline is printed only when it differs from the credit.
        assertThat(blocks).containsSubsequence(p("韩雨桐 摄"), p("记者 韩雨桐"), new Block("hr", ""), p("韩雨桐 摄"),
                new Block("hr", ""), p("（上接第一版）"));
        assertThat(blocks).filteredOn(b -> b.text().equals("韩雨桐 摄")).hasSize(2);
    }

    @Test
    void anIssueThatComesBackContinuesInANewFile() throws IOException {
        List<Article> f = TestArticles.fixtures();
        MemoryTarget target = export(List.of(f.get(0), f.get(8), f.get(1)), split(Split.EDITION));
        assertThat(target.texts().keySet()).containsExactly(
                "markdown/2023-03-14-青岚日报.md", "markdown/undated.md", "markdown/2023-03-14-青岚日报-2.md");
    }

    @Test
    void archiveModeWritesOneFile() throws IOException {
        List<Article> articles = new ArticleGenerator(7).hostile(true).generate(60);
        MemoryTarget target = export(articles, split(Split.ARCHIVE));
        assertThat(target.texts().keySet()).containsExactly("markdown/archive.md");
        String archive = target.text("markdown/archive.md");
        List<Block> blocks = MarkdownReading.blocks(archive);
        assertThat(blocks).filteredOn(b -> b.type().equals("hr")).hasSize(articles.size() - 1);
        assertThat(blocks).filteredOn(b -> b.type().equals("h1")).extracting(Block::text).containsExactlyElementsOf(
                articles.stream().filter(a -> a.title() != null && !a.title().isEmpty())
                        .map(a -> normalise(a.title())).toList());
        assertOnlyOurMarkup(MarkdownReading.html(archive).replace("<hr />", "").replace("<h1>", "").replace("</h1>", ""));
        assertThat(export(List.of(), split(Split.ARCHIVE)).texts()).containsEntry("markdown/archive.md", "");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws IOException {
        List<Article> articles = new ArticleGenerator(99).hostile(true).generate(150);
        for (Split split : Split.values()) {
            Map<String, byte[]> first = export(articles, split(split)).bytes();
            Map<String, byte[]> second = export(articles, split(split)).bytes();
            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        }
    }

    @Test
    void articleFilesAreWrittenAndClosedAsArticlesArrive() throws IOException {
        MemoryTarget target = new MemoryTarget("markdown");
        try (ExportSession session = exporter.open(exporter.defaultOptions(), target)) {
            List<Article> articles = TestArticles.fixtures();
            session.accept(articles.get(0));
            assertThat(target.texts()).hasSize(1);
            assertThat(target.allClosed()).isTrue();
            session.accept(articles.get(1));
            assertThat(target.texts()).hasSize(2);
            session.finish();
        }
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new MarkdownExporterOptions(null, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("split");
        assertThatThrownBy(() -> new MarkdownExporterOptions(Split.ARTICLE, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSlugLength");
    }
}
