package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.testkit.ArticleGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    private Path jsonl(String name, int articles, long seed) throws Exception {
        Path file = tmp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        String lines = new ArticleGenerator(seed).generate(articles).stream().map(ArticleJson::write)
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void formatsListsEveryBuiltInParserAndExporterWithOptions() {
        CliRunner.Result r = CliRunner.run("formats");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Parsers:", "Exporters:", "json ", "lossless JSON Lines", "options: none");
        for (String format : new String[] {"text", "markdown", "csv", "epub"}) {
            assertThat(r.out()).contains("  " + format + " ");
        }
    }

    @Test
    void convertsJsonToJsonLosslessly() throws Exception {
        Path input = jsonl("a.jsonl", 30, 3);

        CliRunner.Result r = CliRunner.run("convert", input.toString(), "--to", "json", "-o", tmp.resolve("out").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("out/articles.jsonl"))).isEqualTo(Files.readString(input));
        assertThat(r.err()).contains("1 input(s), 0 failed; 30 article(s)");
    }

    @Test
    void continuesPastABadInputAndExitsOneWithAReport() throws Exception {
        jsonl("1.jsonl", 2, 1);
        Files.writeString(tmp.resolve("in/2.jsonl"), "{\"id\":\"x\"}\n");
        jsonl("3.jsonl", 3, 3);

        CliRunner.Result r = CliRunner.run("convert", tmp.resolve("in").toString(), "-t", "json", "-o", tmp.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("error: 2.jsonl:1: missing field 'kind'")
                .contains("3 input(s), 1 failed; 5 article(s)")
                .doesNotContain("Exception");
        assertThat(Files.readAllLines(tmp.resolve("out/articles.jsonl"))).hasSize(5);
    }

    @Test
    void configurationErrorsExitTwoWithMessagesNotStackTraces() throws Exception {
        Path config = Files.writeString(tmp.resolve("run.yaml"), "inputs: [in]\noutput: out\noutputs:\n  - type: json\n    pretty: yes\n");

        CliRunner.Result r = CliRunner.run("run", config.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("run.yaml:5: unknown key 'pretty' in outputs.json").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFormatExitsTwoListingTheKnownOnes() throws Exception {
        jsonl("a.jsonl", 1, 1);

        CliRunner.Result r = CliRunner.run("convert", tmp.resolve("in").toString(), "--to", "docx", "-o", tmp.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no exporter named 'docx'; known: ").contains("json");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("convert", "--no-such-flag").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("nosuchcommand").exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("convert", "run", "formats", "inspect", "Exit codes");
        assertThat(CliRunner.run("--version").out()).startsWith("broadsheet ");
    }

    @Test
    void inspectPrintsTheArticleTree() throws Exception {
        Path input = jsonl("a.jsonl", 2, 9);

        CliRunner.Result r = CliRunner.run("inspect", input.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("== a.jsonl (parser: json)", "-- articles", "[1] ", "[2] ");
    }

    @Test
    void inspectShowsEveryBlockOfAPageWithItsRoleAndRule() {
        CliRunner.Result r = CliRunner.run("inspect", "../samples/archive/jiangcheng-daily/2022-11-10/01.txt",
                "--set", "parsers.text.joinParagraphs=false");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("== 01.txt (parser: text)", "-- blocks: line, class, rule, text", "-- articles");
        assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("\\s+4\\s+title\\s+.*## 江城滨江绿道全线贯通"))
                .anySatisfy(l -> assertThat(l).matches("\\s+8\\s+byline\\s+byline-with-role\\s+记者 林晓雨"))
                .anySatisfy(l -> assertThat(l).contains("section-heading").contains("#### 夜游灯光同步开放"))
                .anySatisfy(l -> assertThat(l).contains("credit").contains("陈明 摄"));
        // --set reached the parser: the split paragraph stays split.
        assertThat(r.out()).doesNotContain("body (joined)");
    }
}
