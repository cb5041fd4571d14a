package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.exporter.epub.EpubValidator;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import io.broadsheet.testkit.ArticleDiff;
import io.broadsheet.testkit.Corpus;
import io.broadsheet.testkit.ExportRun;
import io.broadsheet.testkit.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real pages of {@code ../shared/corpus/seeds} end to end: read by the page parser, written in every
 * format, the EPUB checked by W3C EPUBCheck, and text → json → X → json keeping every field X carries.
 */
class SeedArchiveTest {

    @TempDir
    static Path tmp;

    static Path seeds;
    static List<Article> articles;

    @BeforeAll
    static void convertTheSeeds() throws Exception {
        seeds = Corpus.require("seeds");
        CliRunner.Result r = CliRunner.run("convert", seeds.toString(), "--from", "text",
                "--to", "json,markdown,csv,text,epub", "-o", tmp.resolve("out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        articles = Files.readAllLines(tmp.resolve("out/articles.jsonl")).stream().map(ArticleJson::read).toList();
    }

    @Test
    void everyPageGivesArticlesAndPhotos() {
        Set<String> pages = articles.stream().map(a -> a.source().path()).collect(Collectors.toSet());

        assertThat(pages).hasSize(3);
        assertThat(articles).filteredOn(a -> a.kind() == ArticleKind.ARTICLE).hasSize(20);
        assertThat(articles).filteredOn(a -> a.kind() == ArticleKind.PHOTO).hasSize(3);
    }

    @Test
    void theBookOfTheSeedsPassesEpubCheck() {
        EpubValidator.assertValid(tmp.resolve("out/archive.epub"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "markdown", "csv", "epub"})
    void aRoundTripKeepsEveryFieldTheFormatCarries(String format) throws Exception {
        PluginRegistry registry = PluginLoader.load(List.of());
        Exporter<?> exporter = registry.exporters().get(format).plugin();
        Parser<?> parser = registry.parsers().get(format).plugin();
        Set<ModelField> fields = EnumSet.copyOf(exporter.carries());
        fields.retainAll(parser.carries());
        Path dir = tmp.resolve("trip-" + format);

        Map<String, byte[]> files = export(exporter, articles, dir);
        List<Article> back = new ArrayList<>();
        for (String name : files.keySet()) {
            back.addAll(parse(parser, SourceInput.ofFile(dir.resolve(name), name)));
        }

        assertThat(back).hasSameSizeAs(articles);
        List<String> differences = new ArrayList<>();
        for (Article a : articles) {
            Article b = back.stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null);
            if (b == null) {
                differences.add(a.id() + " not read back");
            } else {
                ArticleDiff.diff(a, b, fields).forEach(d -> differences.add(a.id() + " «" + a.title() + "» " + d));
            }
        }
        assertThat(differences).as("fields %s through %s", fields, format).isEmpty();
    }

    private static <O extends Record> Map<String, byte[]> export(Exporter<O> exporter, List<Article> articles, Path dir)
            throws Exception {
        return ExportRun.export(exporter, exporter.defaultOptions(), articles, dir);
    }

    private static <O extends Record> List<Article> parse(Parser<O> parser, SourceInput input) throws Exception {
        return ParserContract.parse(parser, parser.defaultOptions(), input);
    }
}
