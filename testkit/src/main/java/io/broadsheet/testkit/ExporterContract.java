package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every exporter must do. Extend it in the exporter's tests:
 *
 * <pre>{@code
 * class AtomExporterContractTest extends ExporterContract<AtomExporterOptions> {
 *     protected Exporter<AtomExporterOptions> exporter() { return new AtomExporter(); }
 * }
 * }</pre>
 *
 * When a parser reads the format back ({@link #reader()}), every field both sides declare in {@code
 * carries()} must survive the trip; a field the format cannot carry must be left out of {@code carries()},
 * never silently dropped.
 */
public abstract class ExporterContract<O extends Record> {

    @TempDir
    protected Path tmp;

    protected abstract Exporter<O> exporter();

    protected O options() {
        return exporter().defaultOptions();
    }

    /** A parser for the exporter's output, when the format can be read back. */
    protected Optional<Parser<?>> reader() {
        return Optional.empty();
    }

    /** Fields compared after a read back; by default those both sides carry. */
    protected Set<ModelField> comparedFields() {
        Set<ModelField> fields = EnumSet.copyOf(exporter().carries());
        reader().ifPresent(r -> fields.retainAll(r.carries()));
        return fields;
    }

    /**
     * Checks the files of every export the suite makes (many articles, hostile text, an empty archive,
     * the determinism runs), by relative path. Override it to validate what no Broadsheet parser reads,
     * e.g. parse XML output; throw an {@link AssertionError} to fail. The default checks nothing.
     */
    protected void checkOutput(Map<String, byte[]> files) throws Exception {
    }

    /** Articles for the read-back check; override to exclude what the format legitimately normalises. */
    protected List<Article> roundTripArticles() {
        return new ArticleGenerator(11).generate(60);
    }

    @Test
    void describesItselfForFormatsListing() {
        PluginChecks.describesItself(exporter());
        assertThat(exporter().defaultOutputName()).as("default output name").isNotBlank()
                .doesNotStartWith("/").doesNotContain("..");
    }

    @Test
    void bindsItsOptionsStrictly() {
        PluginChecks.bindsOptionsStrictly(exporter());
    }

    @Test
    void streamsManyArticles() throws Exception {
        Map<String, byte[]> files = ExportRun.export(exporter(), options(), new ArticleGenerator(1).generate(1500), tmp.resolve("many"));

        assertThat(files).as("files written for 1500 articles").isNotEmpty();
        assertThat(files.values().stream().mapToLong(b -> b.length).sum()).isPositive();
        checkOutput(files);
    }

    @Test
    void isDeterministic() throws Exception {
        Map<String, byte[]> first = ExportRun.export(exporter(), options(), new ArticleGenerator(5).hostile(true).generate(80), tmp.resolve("a"));
        Map<String, byte[]> second = ExportRun.export(exporter(), options(), new ArticleGenerator(5).hostile(true).generate(80), tmp.resolve("b"));

        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as("bytes of %s in two runs", name).isEqualTo(first.get(name));
        }
        checkOutput(first);
    }

    @Test
    void survivesHostileText() throws Exception {
        List<Article> hostile = new ArticleGenerator(99).hostile(true).generate(300);

        Map<String, byte[]> files = ExportRun.export(exporter(), options(), hostile, tmp.resolve("hostile"));
        checkOutput(files);
    }

    @Test
    void handlesAnEmptyArchive() throws Exception {
        Map<String, byte[]> files = ExportRun.export(exporter(), options(), List.of(), tmp.resolve("empty"));
        checkOutput(files);
    }

    @Test
    void carriesWhatItDeclaresThroughItsReader() throws Exception {
        if (reader().isEmpty()) {
            return;
        }
        List<Article> articles = roundTripArticles();
        Path dir = tmp.resolve("trip");
        Map<String, byte[]> files = ExportRun.export(exporter(), options(), articles, dir);
        List<Article> back = new ArrayList<>();
        for (String name : files.keySet()) {
            back.addAll(ParserContract.parse(reader().get(), SourceInput.ofFile(dir.resolve(name), name)));
        }
        assertThat(back).as("articles read back").hasSameSizeAs(articles);
        // Many-file formats are read back in file-name order: pair articles by id when the format keeps it.
        if (comparedFields().contains(ModelField.ID)) {
            Map<String, Article> byId = new java.util.HashMap<>();
            back.forEach(a -> byId.put(a.id(), a));
            back = articles.stream().map(a -> byId.get(a.id())).toList();
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (back.get(i) == null) {
                differences.add("article " + i + " (" + articles.get(i).id() + ") was not read back");
                continue;
            }
            for (String d : ArticleDiff.diff(articles.get(i), back.get(i), comparedFields())) {
                differences.add("article " + i + " " + d);
            }
        }
        assertThat(differences).as("fields declared as carried that did not survive").isEmpty();
    }

    /** Convenience for subclasses: the whole content of one written file as UTF-8. */
    protected static String text(Path file) throws Exception {
        return Files.readString(file);
    }
}
