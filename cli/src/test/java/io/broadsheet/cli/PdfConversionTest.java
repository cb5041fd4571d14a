package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.exporter.epub.EpubValidator;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import io.broadsheet.parser.pdf.sketch.InsidePage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of page PDFs end to end: {@code convert pages/ --from auto --to epub,json} gives a book EPUBCheck
 * accepts, with the article fields the text parser gives for the same pages as page dumps.
 */
class PdfConversionTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void writeThePages() throws Exception {
        Files.createDirectories(tmp.resolve("pages"));
        Files.write(tmp.resolve("pages/hbrb-01.pdf"), FrontPage.pdf());
        Files.write(tmp.resolve("pages/hbrb-03.pdf"), InsidePage.pdf());
        Files.createDirectories(tmp.resolve("dumps"));
        for (String name : List.of("hbrb-01.txt", "hbrb-03.txt")) {
            try (InputStream in = FrontPage.class.getResourceAsStream("/pages/" + name)) {
                Files.write(tmp.resolve("dumps").resolve(name), in.readAllBytes());
            }
        }
    }

    @Test
    void aFolderOfPagePdfsBecomesAValidBookWithTheTextParsersFields() throws Exception {
        CliRunner.Result pdf = CliRunner.run("convert", tmp.resolve("pages").toString(), "--from", "auto",
                "--to", "epub,json", "-o", tmp.resolve("out").toString(), "--quiet");
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        EpubValidator.assertValid(tmp.resolve("out/archive.epub"));

        CliRunner.Result text = CliRunner.run("convert", tmp.resolve("dumps").toString(), "--from", "text",
                "--to", "json", "-o", tmp.resolve("text").toString(), "--quiet");
        assertThat(text.exitCode()).as(text.err()).isZero();

        List<Article> fromPdf = read(tmp.resolve("out/articles.jsonl"));
        List<Article> fromText = read(tmp.resolve("text/articles.jsonl"));
        assertThat(fromPdf).hasSize(6).hasSameSizeAs(fromText);
        for (int i = 0; i < fromText.size(); i++) {
            assertThat(comparable(fromPdf.get(i))).isEqualTo(comparable(fromText.get(i)));
        }
    }

    @Test
    void inspectListsThePdfsBlocksAndDrawsThePage() throws Exception {
        Path svg = tmp.resolve("page.svg");
        CliRunner.Result r = CliRunner.run("inspect", tmp.resolve("pages/hbrb-01.pdf").toString(), "--svg", svg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(parser: pdf)").containsPattern("24\\.0\\s+headline\\s+title\\s.*全市秋粮收购进度过半")
                .contains("-- page drawn: " + svg);
        assertThat(Files.readString(svg)).startsWith("<svg").contains(">5 title</text>");
    }

    @Test
    void svgOfATextPageIsAUsageError() throws Exception {
        Path page = tmp.resolve("dumps/hbrb-01.txt");
        CliRunner.Result r = CliRunner.run("inspect", page.toString(), "--svg", tmp.resolve("no.svg").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("has no page to draw");
        assertThat(tmp.resolve("no.svg")).doesNotExist();
    }

    private static List<Article> read(Path jsonl) throws Exception {
        return Files.readAllLines(jsonl).stream().map(ArticleJson::read).toList();
    }

    /** Without what differs by format: ids and source (from the path), edition and links (the PDF states its edition). */
    private static Article comparable(Article a) {
        return a.toBuilder().id("x").source(new SourceRef("page", 1, 1, "any")).edition(Edition.UNKNOWN).metadata(Map.of()).build();
    }
}
