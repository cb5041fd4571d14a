package io.broadsheet.exporter.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.exporter.text.TextExporterOptions.Split;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.MemoryTarget;
import io.broadsheet.testkit.TestArticles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextExporterTest {

    private final TextExporter exporter = new TextExporter();

    static MemoryTarget export(List<Article> articles, TextExporterOptions options) throws IOException {
        MemoryTarget target = new MemoryTarget("text");
        try (ExportSession session = new TextExporter().open(options, target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }
        assertThat(target.allClosed()).isTrue();
        return target;
    }

    @Test
    void oneFilePerArticle() throws IOException {
        MemoryTarget target = export(TestArticles.fixtures(), exporter.defaultOptions());
        assertThat(target.texts().keySet()).containsExactly(
                "text/2023-03-14-p1-织密一张网-守护一江水.txt",
                "text/2023-03-14-p1-青岚市召开一季度经济运行分析会.txt",
                "text/2023-03-14-p1-3月12日-志愿者在青岚江畔补植柳树-当天-全市300余名志愿者参加义务植树活动.txt",
                "text/2023-03-14-p1-让绿色成为高质量发展的鲜明底色.txt",
                "text/2023-03-14-p1-photo.txt",
                "text/2023-03-14-p1-photo-2.txt",
                "text/2023-03-14-p3-fragment.txt",
                "text/2023-03-14-p3-新华社电-两地签署生态补偿协议.txt",
                "text/weather-一周天气.txt");
    }

    @Test
    void articlesReadLikeThePage() throws IOException {
        Map<String, String> files = export(TestArticles.fixtures(), exporter.defaultOptions()).texts();
        assertThat(files.get("text/2023-03-14-p1-织密一张网-守护一江水.txt")).startsWith("""
                织密一张网 守护一江水
                ——我市青岚江流域综合治理工作纪实

                记者 林晓雯

                青岚江是全市人民的母亲河。""").contains("""
                向东流的画卷正在徐徐展开。

                从源头的云岫山""").contains("""
                上报一遍。

                上下联动 系统治理

                市、县、乡三级河长办公室""").endsWith("累计劝阻违规垂钓、倾倒垃圾等行为1200余次……\n");
        assertThat(files.get("text/2023-03-14-p1-青岚市召开一季度经济运行分析会.txt")).isEqualTo("""
                青岚市召开一季度经济运行分析会

                本报讯(记者 周明远) 3月13日,市政府召开一季度经济运行分析会,通报1至2月全市主要经济指标,研判当前形势,部署下阶段重点工作。

                会议指出,开年以来,全市规模以上工业增加值同比增长6.8%,社会消费品零售总额增长7.2%,经济运行呈现稳中向好态势。

                （下转第三版）
                """);
        assertThat(files.get("text/2023-03-14-p1-让绿色成为高质量发展的鲜明底色.txt")).startsWith("""
                青岚时评
                青岚日报评论员文章
                让绿色成为高质量发展的鲜明底色

                本报评论员

                生态环境""");
        // A photo's byline is printed only when it differs from the credit.
        assertThat(files.get("text/2023-03-14-p1-photo.txt")).isEqualTo("韩雨桐 摄\n\n记者 韩雨桐\n");
        assertThat(files.get("text/2023-03-14-p1-photo-2.txt")).isEqualTo("韩雨桐 摄\n");
        assertThat(files.get("text/2023-03-14-p3-fragment.txt")).startsWith("（上接第一版）\n\n会议要求");
    }

    @Test
    void wrappedArticles() throws IOException {
        TextExporterOptions options = new TextExporterOptions(Split.ARTICLE, 30);
        String text = export(TestArticles.fixtures(), options).text("text/2023-03-14-p1-青岚市召开一季度经济运行分析会.txt");
        assertThat(text).isEqualTo("""
                青岚市召开一季度经济运行分析会

                本报讯(记者 周明远) 3月13日,市
                政府召开一季度经济运行分析会,
                通报1至2月全市主要经济指标,研
                判当前形势,部署下阶段重点工
                作。

                会议指出,开年以来,全市规模以上
                工业增加值同比增长6.8%,社会消
                费品零售总额增长7.2%,经济运行
                呈现稳中向好态势。

                （下转第三版）
                """);
    }

    @Test
    void seedPagesAndHostileTextComeOutClean() throws IOException {
        List<Article> articles = new ArrayList<>(TestArticles.fromGold());
        articles.addAll(new ArticleGenerator(1946).hostile(true).generate(300));
        for (int width : new int[] {0, 24, 72}) {
            MemoryTarget target = export(articles, new TextExporterOptions(Split.ARTICLE, width));
            assertThat(target.texts()).hasSameSizeAs(articles);
            int i = 0;
            for (Map.Entry<String, byte[]> file : target.bytes().entrySet()) {
                String text = strictUtf8(file.getValue());
                assertClean(text, width);
                assertWordsKept(articles.get(i++), text);
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8", e);
        }
    }

    private static void assertClean(String text, int width) {
        assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
        // Strict UTF-8 decoding already proved there is no lone surrogate.
        assertThat(text.chars().filter(c -> c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c == '\u0085')).isEmpty();
        assertThat(text).doesNotContain("\n\n\n").doesNotStartWith("\n");
        if (!text.isEmpty()) {
            assertThat(text).endsWith("\n").doesNotEndWith("\n\n");
        }
        for (String line : text.split("\n")) {
            assertThat(line).isEqualTo(line.strip());
            if (width > 0 && columns(line) > width) {
                assertThat(line).as("only an unbreakable run overflows").doesNotContain(" ");
            }
        }
    }

    /** Display columns after Markus Kuhn's wcwidth, independently of the exporter's generated table. */
    private static int columns(String s) {
        return s.codePoints().map(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                return 0;
            }
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                    || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
            return wide ? 2 : 1;
        }).sum();
    }

    /** Every word of the article's title and paragraphs is in the text (wrapping only adds line breaks). */
    private static void assertWordsKept(Article a, String text) {
        String flat = text.replaceAll("\\s", "");
        List<String> expected = new ArrayList<>(a.paragraphs());
        if (a.title() != null) {
            expected.add(a.title());
        }
        for (String s : expected) {
            String clean = s.replaceAll("[\\p{Cc}\\s\\uFEFF\\u2028\\u2029]", "").replaceAll("[\\uD800-\\uDFFF]", "\uFFFD");
            String cleanText = flat.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD");
            assertThat(cleanText).contains(clean);
        }
    }

    @Test
    void archiveModeSeparatesArticlesByTwoBlankLines() throws IOException {
        List<Article> articles = TestArticles.fixtures();
        MemoryTarget target = export(articles, new TextExporterOptions(Split.ARCHIVE, 0));
        assertThat(target.texts().keySet()).containsExactly("text/archive.txt");
        String archive = target.text("text/archive.txt");
        String[] parts = archive.split("\n\n\n");
        assertThat(parts).hasSize(articles.size());
        assertThat(parts[1] + "\n").isEqualTo(export(articles.subList(1, 2), exporter.defaultOptions()).texts()
                .values().iterator().next());
        assertThat(export(List.of(), new TextExporterOptions(Split.ARCHIVE, 0)).text("text/archive.txt")).isEmpty();
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws IOException {
        List<Article> articles = new ArticleGenerator(11).hostile(true).generate(150);
        for (Split split : Split.values()) {
            TextExporterOptions options = new TextExporterOptions(split, 40);
            Map<String, byte[]> first = export(articles, options).bytes();
            Map<String, byte[]> second = export(articles, options).bytes();
            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        }
    }

    @Test
    void articleFilesAreWrittenAsArticlesArrive() throws IOException {
        MemoryTarget target = new MemoryTarget("text");
        try (ExportSession session = exporter.open(exporter.defaultOptions(), target)) {
            session.accept(TestArticles.fixtures().get(0));
            assertThat(target.texts()).hasSize(1);
            assertThat(target.allClosed()).isTrue();
            session.finish();
        }
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new TextExporterOptions(null, 0)).hasMessageContaining("split");
        assertThatThrownBy(() -> new TextExporterOptions(Split.ARTICLE, 1)).hasMessageContaining("wrapWidth");
        assertThatThrownBy(() -> new TextExporterOptions(Split.ARTICLE, -5)).hasMessageContaining("wrapWidth");
    }
}
