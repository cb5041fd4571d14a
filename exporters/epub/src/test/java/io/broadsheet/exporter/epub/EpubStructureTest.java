package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markup of the shared EPUB convention, the package metadata, the navigation and the container. */
class EpubStructureTest {

    @TempDir
    Path dir;

    private BookReader sampleBook(Split split) throws Exception {
        return new BookReader(Books.write(dir.resolve(split.name()), Books.options(o -> o.split(split)), Books.sample()));
    }

    private static Document page(BookReader book, String path) {
        return BookReader.xml(book.entry(path));
    }

    @Test
    void articleDocumentFollowsTheSharedConvention() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);
        Document doc = page(book, "EPUB/text/a00005.xhtml");

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(doc.selectFirst("html").attr("xml:lang")).isEqualTo("zh-Hans");
        assertThat(meta(doc, "broadsheet:id")).isEqualTo("sample0005");
        assertThat(meta(doc, "broadsheet:kind")).isEqualTo("article");
        assertThat(meta(doc, "broadsheet:source")).isEqualTo("yunze/20230314/page-02.txt");
        assertThat(meta(doc, "broadsheet:source-lines")).isEqualTo("1-25");
        assertThat(meta(doc, "broadsheet:publication")).isEqualTo("云泽日报");
        assertThat(meta(doc, "broadsheet:date")).isEqualTo("2023-03-14");
        assertThat(meta(doc, "broadsheet:page")).isEqualTo("2");
        Element header = doc.selectFirst("body > article > header");
        assertThat(header.select("p.column").text()).isEqualTo("城市更新进行时");
        assertThat(header.select("h1.title").text()).isEqualTo("老街改造留住城市记忆");
        assertThat(header.select("p.subtitle").eachText()).containsExactly("——东门老街历史文化街区保护提升工程见闻");
        assertThat(header.select("p.byline").text()).isEqualTo("记者 苏雨桐");
        assertThat(doc.select("article > h2").eachText()).containsExactly("修旧如旧 保留原貌", "业态升级 焕发活力");
        assertThat(doc.select("article > p")).hasSize(4);
    }

    @Test
    void datelineRunsInAtTheStartOfTheFirstParagraph() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);
        Element first = page(book, "EPUB/text/a00009.xhtml").selectFirst("article > p");

        Element dateline = first.selectFirst("span.dateline");
        assertThat(dateline.text()).isEqualTo("新华社北京3月13日电");
        assertThat(dateline.attr("data-agency")).isEqualTo("新华社");
        assertThat(first.text()).isEqualTo("新华社北京3月13日电 (记者 王立)当前,各地抢抓农时,春耕备耕工作有序推进。");
        assertThat(first.childNode(0)).isEqualTo(dateline);
    }

    @Test
    void photoHasFigureAndPrintsItsBylineOnlyWhenItDiffersFromTheCredit() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);
        Document sameAsCredit = page(book, "EPUB/text/a00003.xhtml");
        Document otherByline = page(book, "EPUB/text/a00011.xhtml");

        Element caption = sameAsCredit.selectFirst("figure.photo > figcaption");
        assertThat(caption.selectFirst("span.caption").text()).isEqualTo("3月13日,志愿者在青岚山生态公园种植银杏树苗。");
        assertThat(caption.selectFirst("span.credit").text()).isEqualTo("周文博 摄");
        assertThat(sameAsCredit.select("p.byline")).isEmpty();
        assertThat(otherByline.select("p.byline").text()).isEqualTo("本报摄影记者 周文博");
    }

    @Test
    void jumpNotesLinkBothPartsInOrderOfAppearance() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);

        assertThat(note(book, "a00001", "continued-to")).containsExactly("3", "（下转第三版）", "a00007.xhtml#art-00007");
        assertThat(note(book, "a00004", "continued-to")).containsExactly("3", "（下转第三版）", "a00008.xhtml#art-00008");
        assertThat(note(book, "a00007", "continued-from")).containsExactly("1", "（上接第一版）", "a00001.xhtml#art-00001");
        assertThat(note(book, "a00008", "continued-from")).containsExactly("1", "（上接第一版）", "a00004.xhtml#art-00004");
        // Page 5 is not in the book: the note stays, without a link.
        assertThat(note(book, "a00009", "continued-to")).containsExactly("5", "（下转第五版）", "");
    }

    @Test
    void jumpLinksStayInsideTheDocumentWhenBothPartsAreInIt() throws Exception {
        BookReader book = sampleBook(Split.EDITION);
        Element to = page(book, "EPUB/text/e00001.xhtml").selectFirst("#art-00001 p.continued-to a");

        assertThat(to.attr("href")).isEqualTo("#art-00007");
    }

    @Test
    void untitledContinuationIsNamedAfterItsFirstPart() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);

        assertThat(page(book, "EPUB/text/a00007.xhtml").selectFirst("title").text())
                .isEqualTo("（续）云泽市春季植树行动全面启动 全民共建绿色家园");
    }

    private static List<String> note(BookReader book, String doc, String cssClass) {
        Element p = page(book, "EPUB/text/" + doc + ".xhtml").selectFirst("p." + cssClass);
        Element a = p.selectFirst("a");
        return List.of(p.attr("data-page"), p.text(), a == null ? "" : a.attr("href"));
    }

    @Test
    void tableOfContentsNestsEditionPageAndArticleInReadingOrder() throws Exception {
        BookReader book = sampleBook(Split.PAGE);
        Element toc = page(book, "EPUB/nav.xhtml").selectFirst("nav#toc > ol");

        assertThat(labels(toc)).containsExactly("封面", "云泽日报 2023年3月14日", "云泽日报 2023年3月15日");
        Element firstEdition = toc.child(1).selectFirst("ol");
        assertThat(labels(firstEdition)).containsExactly("第一版", "第二版", "第三版");
        assertThat(labels(firstEdition.child(0).selectFirst("ol"))).containsExactly(
                "云泽市春季植树行动全面启动 全民共建绿色家园", "坚持不懈抓好生态文明建设",
                "图片：3月13日,志愿者在青岚山生态公园种植银杏树苗。", "云泽港一季度集装箱吞吐量同比增长百分之十二");
        assertThat(firstEdition.child(0).selectFirst("a").attr("href")).isEqualTo("text/p00001.xhtml");
        assertThat(firstEdition.child(0).select("ol a").get(1).attr("href")).isEqualTo("text/p00001.xhtml#art-00002");
        assertThat(book.spine()).extracting(BookReader.Page::path).containsExactly("EPUB/titlepage.xhtml",
                "EPUB/nav.xhtml", "EPUB/text/p00001.xhtml", "EPUB/text/p00002.xhtml", "EPUB/text/p00003.xhtml",
                "EPUB/text/p00004.xhtml", "EPUB/text/p00005.xhtml");
        assertThat(page(book, "EPUB/text/p00003.xhtml").selectFirst("title").text()).isEqualTo("云泽日报 2023年3月14日 第三版");
    }

    private static List<String> labels(Element ol) {
        return ol.children().stream().map(li -> li.selectFirst("a").text()).toList();
    }

    @Test
    void ncxMirrorsTheNavigationAndNamesTheSameIdentifier() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);
        Document ncx = BookReader.xml(book.entry("EPUB/toc.ncx"));
        String identifier = book.opf().selectFirst("metadata > dc|identifier").text();

        assertThat(ncx.selectFirst("meta[name=dtb:uid]").attr("content")).isEqualTo(identifier);
        assertThat(ncx.selectFirst("meta[name=dtb:depth]").attr("content")).isEqualTo("3");
        assertThat(ncx.select("navMap > navPoint > navLabel > text").eachText())
                .containsExactly("封面", "云泽日报 2023年3月14日", "云泽日报 2023年3月15日");
        assertThat(ncx.select("navPoint")).hasSize(1 + 2 + (3 + 2) + 12);
        assertThat(book.opf().selectFirst("spine").attr("toc")).isEqualTo("ncx");
    }

    @Test
    void packageMetadataNamesTheBookAndItsAccessibility() throws Exception {
        BookReader book = sampleBook(Split.ARTICLE);
        Element metadata = book.opf().selectFirst("metadata");

        assertThat(metadata.selectFirst("dc|identifier").text()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(metadata.selectFirst("dc|title").text()).isEqualTo("云泽日报 2023年3月14日至2023年3月15日");
        assertThat(metadata.selectFirst("dc|language").text()).isEqualTo("zh-Hans");
        assertThat(metadata.selectFirst("dc|creator").text()).isEqualTo("云泽日报");
        assertThat(metadata.selectFirst("dc|date").text()).isEqualTo("2023-03-15");
        assertThat(metadata.selectFirst("dc|coverage").text()).isEqualTo("2023-03-14/2023-03-15");
        assertThat(property(metadata, "dcterms:modified")).containsExactly("2026-01-01T00:00:00Z");
        assertThat(property(metadata, "schema:accessMode")).containsExactly("textual");
        assertThat(property(metadata, "schema:accessModeSufficient")).containsExactly("textual");
        assertThat(property(metadata, "schema:accessibilityFeature")).contains("structuralNavigation", "tableOfContents");
        assertThat(property(metadata, "schema:accessibilityHazard")).containsExactly("none");
        assertThat(property(metadata, "schema:accessibilitySummary")).hasSize(1);
        assertThat(page(book, "EPUB/titlepage.xhtml").selectFirst("h1").text()).isEqualTo("云泽日报 2023年3月14日至2023年3月15日");
    }

    @Test
    void optionsNameTheBook() throws Exception {
        Path epub = Books.write(dir, Books.options(o -> o.title("云泽旧闻选").publisher("云泽市档案馆")), Books.sample());

        BookReader book = new BookReader(epub);
        assertThat(book.opf().selectFirst("dc|title").text()).isEqualTo("云泽旧闻选");
        assertThat(book.opf().selectFirst("dc|publisher").text()).isEqualTo("云泽市档案馆");
        Document titlePage = page(book, "EPUB/titlepage.xhtml");
        assertThat(titlePage.select("section.titlepage p").eachText())
                .containsExactly("云泽日报", "2023年3月14日至2023年3月15日", "共 12 篇", "云泽市档案馆");
    }

    private static String meta(Document doc, String name) {
        return doc.select("head > meta").stream().filter(m -> m.attr("name").equals(name)).findFirst()
                .map(m -> m.attr("content")).orElse(null);
    }

    private static List<String> property(Element metadata, String property) {
        return metadata.select("meta").stream().filter(m -> m.attr("property").equals(property)).map(Element::text).toList();
    }

    @Test
    void containerStartsWithStoredMimetypeAndUsesFixedEntryTimes() throws Exception {
        Path epub = Books.write(dir, Books.options(o -> o), Books.sample());

        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<? extends ZipEntry> entries = java.util.Collections.list(zip.entries());
            ZipEntry mimetype = entries.get(0);
            assertThat(mimetype.getName()).isEqualTo("mimetype");
            assertThat(mimetype.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(mimetype.getExtra()).isNull();
            assertThat(new String(zip.getInputStream(mimetype).readAllBytes())).isEqualTo("application/epub+zip");
            assertThat(entries).allSatisfy(e -> assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0)));
            assertThat(entries.stream().map(ZipEntry::getName).toList()).startsWith(
                    "mimetype", "META-INF/container.xml", "EPUB/styles/broadsheet.css", "EPUB/text/a00002.xhtml");
            assertThat(entries.get(entries.size() - 1).getName()).isEqualTo("EPUB/content.opf");
        }
    }
}
