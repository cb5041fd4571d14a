package io.broadsheet.examples.atom;

import static io.broadsheet.examples.atom.Feeds.children;
import static io.broadsheet.examples.atom.Feeds.elements;
import static io.broadsheet.examples.atom.Feeds.entries;
import static io.broadsheet.examples.atom.Feeds.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.examples.atom.AtomExporterOptions.Content;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.MemoryTarget;
import io.broadsheet.testkit.TestArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Reads the feed back with the JDK's namespace-aware XML parser and checks it against RFC 4287. */
class AtomFeedTest {

    @TempDir
    Path tmp;

    private static Article article(int i, String title, String date) {
        String path = "jiangcheng-daily/" + date + "/01.txt";
        return Article.builder()
                .id(ArticleIds.of(path, i))
                .title(title)
                .edition(new Edition("江城日报", date, 1))
                .source(SourceRef.of(path))
                .addSection(Section.lead(List.of("第一段。", "第二段。")))
                .build();
    }

    @Test
    void everyArticleIsAnEntryWithItsTitle() throws Exception {
        List<Article> articles = new ArticleGenerator(3).generate(200);

        Element feed = Feeds.feed(articles, Feeds.defaults(), tmp);

        List<String> expected = articles.stream().filter(a -> a.kind() == ArticleKind.ARTICLE).map(Article::title).toList();
        assertThat(entries(feed).stream().map(e -> only(e, "title")).toList()).isEqualTo(expected);
    }

    @Test
    void theTestkitArticlesBecomeOneFeedFileWithAnEntryPerArticle() throws Exception {
        List<Article> articles = TestArticles.fixtures();
        MemoryTarget target = new MemoryTarget("feed.atom");
        try (ExportSession session = new AtomExporter().open(Feeds.defaults(), target)) {
            for (Article a : articles) {
                session.accept(a);
            }
            session.finish();
        }

        assertThat(target.bytes()).containsOnlyKeys("feed.atom");
        assertThat(target.allClosed()).isTrue();
        List<String> titles = entries(Feeds.parse(target.bytes().get("feed.atom"))).stream().map(e -> only(e, "title")).toList();
        assertThat(titles).containsExactlyElementsOf(articles.stream()
                .filter(a -> a.kind() == ArticleKind.ARTICLE).map(Article::title).toList());
    }

    @Test
    void entryIdsAreUniqueStableNameBasedUuids() throws Exception {
        List<Article> articles = new ArticleGenerator(4).generate(300);

        List<String> ids = entries(Feeds.feed(articles, Feeds.defaults(), tmp.resolve("a"))).stream().map(e -> only(e, "id")).toList();
        AtomExporterOptions other = new AtomExporterOptions("另一个标题", "tag:example.org,2026:other", null, null, null,
                Content.TEXT, true, "2020-01-01T00:00:00Z");
        Set<String> idsWithOtherOptions = new HashSet<>(entries(Feeds.feed(articles, other, tmp.resolve("b"))).stream()
                .map(e -> only(e, "id")).toList());

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(idsWithOtherOptions).as("an entry keeps its id whatever the options").containsAll(ids);
    }

    @Test
    void hasEveryElementRfc4287Requires() throws Exception {
        Element feed = Feeds.feed(new ArticleGenerator(8).generate(120), Feeds.defaults(), tmp);

        assertThat(feed.getNamespaceURI()).isEqualTo(Feeds.ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(only(feed, "id")).startsWith("urn:uuid:");
        assertThat(only(feed, "title")).isNotBlank();
        assertRfc3339(only(feed, "updated"));
        boolean feedHasAuthor = !children(feed, "author").isEmpty();
        assertThat(entries(feed)).isNotEmpty().allSatisfy(entry -> {
            assertThat(only(entry, "id")).isNotBlank();
            assertThat(only(entry, "title")).isNotBlank();
            assertRfc3339(only(entry, "updated"));
            assertThat(children(entry, "content")).hasSize(1);
            assertThat(feedHasAuthor || !children(entry, "author").isEmpty()).as("entry or feed has an author").isTrue();
            for (Element author : children(entry, "author")) {
                assertThat(only(author, "name")).isNotBlank();
            }
        });
    }

    @Test
    void putsTheFeedMetadataBeforeTheEntries() throws Exception {
        Element feed = Feeds.feed(new ArticleGenerator(9).generate(50), Feeds.defaults(), tmp);

        List<String> names = elements(feed).stream().map(Element::getLocalName).toList();
        int firstEntry = names.indexOf("entry");
        assertThat(firstEntry).isPositive();
        assertThat(names.subList(firstEntry, names.size())).as("only entries after the first entry").containsOnly("entry");
        assertThat(names.subList(0, firstEntry)).contains("id", "title", "updated");
    }

    @Test
    void theFeedIsAsRecentAsItsLatestEntryAndUndatedEntriesGetTheFixedDate() throws Exception {
        List<Article> articles = List.of(article(0, "早", "2022-11-10"), article(1, "晚", "2022-11-11"),
                article(2, "无日期", null), article(3, "日期不规范", "2022年11月9日"));

        Element feed = Feeds.feed(articles, Feeds.defaults(), tmp);

        assertThat(entries(feed).stream().map(e -> only(e, "updated")).toList()).containsExactly(
                "2022-11-10T00:00:00Z", "2022-11-11T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
        assertThat(only(feed, "updated")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(only(Feeds.feed(articles.subList(0, 2), Feeds.defaults(), tmp.resolve("dated")), "updated"))
                .isEqualTo("2022-11-11T00:00:00Z");
    }

    @Test
    void theFeedIsNamedAfterThePublicationAndSignedByItWhenAnEntryHasNoAuthor() throws Exception {
        Article signed = article(0, "有作者", "2022-11-10").toBuilder().addAuthor("林晓雨").build();
        Article unsigned = article(1, "无作者", "2022-11-10");

        Element both = Feeds.feed(List.of(signed, unsigned), Feeds.defaults(), tmp.resolve("both"));
        Element allSigned = Feeds.feed(List.of(signed), Feeds.defaults(), tmp.resolve("signed"));

        assertThat(only(both, "title")).isEqualTo("江城日报");
        assertThat(only(children(both, "author").get(0), "name")).isEqualTo("江城日报");
        assertThat(only(children(entries(both).get(0), "author").get(0), "name")).isEqualTo("林晓雨");
        assertThat(children(allSigned, "author")).as("no feed author needed when every entry has one").isEmpty();
    }

    @Test
    void leavesPhotosOutUnlessAskedAndFragmentsAlways() throws Exception {
        List<Article> articles = new ArticleGenerator(21).generate(200);
        long titled = articles.stream().filter(a -> a.kind() == ArticleKind.ARTICLE).count();
        long photos = articles.stream().filter(a -> a.kind() == ArticleKind.PHOTO).count();
        AtomExporterOptions withPhotos = new AtomExporterOptions(null, null, null, null, null, Content.XHTML, true,
                "2026-01-01T00:00:00Z");

        assertThat(photos).isPositive();
        assertThat(entries(Feeds.feed(articles, Feeds.defaults(), tmp.resolve("a")))).hasSize((int) titled);
        assertThat(entries(Feeds.feed(articles, withPhotos, tmp.resolve("b")))).hasSize((int) (titled + photos))
                .allSatisfy(e -> assertThat(only(e, "title")).isNotBlank());
    }

    @Test
    void writesXhtmlContentAsOneDivWithTheDatelineRunIn() throws Exception {
        Article a = article(0, "标题", "2022-11-10").toBuilder()
                .dateline(Dateline.of("本报讯"))
                .sections(List.of(Section.lead(List.of("第一段。")), new Section("小标题", List.of("第二段。"))))
                .column("要闻")
                .addSubtitle("——副题")
                .putMetadata("url", "https://example.org/a/1")
                .build();

        Element entry = entries(Feeds.feed(List.of(a), Feeds.defaults(), tmp)).get(0);

        Element content = children(entry, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("xhtml");
        assertThat(elements(content)).singleElement().satisfies(div -> {
            assertThat(div.getNamespaceURI()).isEqualTo(Feeds.XHTML);
            assertThat(div.getLocalName()).isEqualTo("div");
            assertThat(elements(div).stream().map(e -> e.getLocalName() + ":" + e.getTextContent()).toList())
                    .containsExactly("p:本报讯 第一段。", "h2:小标题", "p:第二段。");
        });
        assertThat(children(entry, "category").get(0).getAttribute("term")).isEqualTo("要闻");
        assertThat(only(entry, "summary")).isEqualTo("——副题");
        assertThat(children(entry, "link").get(0).getAttribute("href")).isEqualTo("https://example.org/a/1");
        assertThat(children(entry, "link").get(0).getAttribute("rel")).isEqualTo("alternate");
    }

    @Test
    void writesTextContentAsParagraphsSeparatedByBlankLines() throws Exception {
        Article a = article(0, "标题", "2022-11-10").toBuilder()
                .sections(List.of(Section.lead(List.of("第一段。")), new Section("小标题", List.of("第二段。"))))
                .build();
        AtomExporterOptions text = new AtomExporterOptions(null, null, null, null, "zh-Hans", Content.TEXT, false,
                "2026-01-01T00:00:00Z");

        Element feed = Feeds.feed(List.of(a), text, tmp);

        Element content = children(entries(feed).get(0), "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("text");
        assertThat(content.getTextContent()).isEqualTo("第一段。\n\n小标题\n\n第二段。");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("zh-Hans");
    }

    @Test
    void hostileTextGivesWellFormedXmlWithTheMarkupAsText() throws Exception {
        String hostile = "<script>alert('x')</script> a & b ]]> \u0000\u0001\u0007\u001b\ud800 \udc00lone &amp; \uFFFE\r\nend";
        Article a = article(0, hostile, "2022-11-10").toBuilder()
                .column(hostile).addAuthor(hostile).addSubtitle(hostile).dateline(Dateline.of(hostile))
                .addSection(new Section(hostile, List.of(hostile))).putMetadata("url", "javascript:alert(1)")
                .build();
        String clean = "<script>alert('x')</script> a & b ]]>  lone &amp; \nend";

        for (Content mode : Content.values()) {
            AtomExporterOptions options = new AtomExporterOptions(hostile.replace('\u0000', 'x'), null, null, null, null,
                    mode, false, "2026-01-01T00:00:00Z");
            Element entry = entries(Feeds.feed(List.of(a), options, tmp.resolve(mode.name()))).get(0);

            assertThat(only(entry, "title")).isEqualTo(clean);
            assertThat(children(entry, "link")).as("only http(s) links").isEmpty();
        }
        List<Article> generated = new ArticleGenerator(99).hostile(true).generate(300);
        assertThatCode(() -> Feeds.feed(generated, Feeds.defaults(), tmp.resolve("generated"))).doesNotThrowAnyException();
    }

    @Test
    void isByteIdenticalForIdenticalInput() throws Exception {
        AtomExporterOptions options = new AtomExporterOptions(null, null, "https://example.org/feed.atom", "编辑部", "zh-Hans",
                Content.TEXT, true, "2026-01-01T00:00:00Z");

        byte[] first = Feeds.bytes(new ArticleGenerator(5).hostile(true).generate(200), options, tmp.resolve("a"));
        byte[] second = Feeds.bytes(new ArticleGenerator(5).hostile(true).generate(200), options, tmp.resolve("b"));

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed ");
    }

    @Test
    void anEmptyArchiveIsAValidEmptyFeed() throws Exception {
        Element feed = Feeds.feed(List.of(), Feeds.defaults(), tmp);

        assertThat(entries(feed)).isEmpty();
        assertThat(only(feed, "title")).isEqualTo("Broadsheet archive");
        assertThat(only(feed, "updated")).isEqualTo("2026-01-01T00:00:00Z");
    }

    private static void assertRfc3339(String value) {
        assertThatCode(() -> OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)).as(value).doesNotThrowAnyException();
    }
}
