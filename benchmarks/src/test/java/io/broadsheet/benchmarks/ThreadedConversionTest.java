package io.broadsheet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.convert.Conversion;
import io.broadsheet.runtime.convert.ConversionListener;
import io.broadsheet.runtime.convert.ConversionPlan;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.convert.RunReport;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion on several threads writes exactly the bytes a single-threaded one writes. */
class ThreadedConversionTest {

    private static final PluginRegistry REGISTRY = PluginLoader.load(List.of());

    @TempDir
    Path tmp;

    @Test
    void everyFormatIsByteIdenticalToASingleThreadedRun() throws IOException {
        Path archive = ArchiveGenerator.ensure(new ArchiveConfig(tmp.resolve("archive"), 1, 7)).root();

        Map<String, byte[]> single = convert(archive, tmp.resolve("one"), 1);
        Map<String, byte[]> threaded = convert(archive, tmp.resolve("four"), 4);

        assertThat(single).hasSizeGreaterThan(100).containsOnlyKeys(threaded.keySet());
        single.forEach((file, bytes) -> assertThat(threaded.get(file)).as(file).isEqualTo(bytes));
        // The archive has jumps across pages, linked in both runs: the order-sensitive case.
        assertThat(new String(single.get("articles.jsonl"), StandardCharsets.UTF_8))
                .contains("\"continuedToId\"", "\"continuedFromId\"");
    }

    private Map<String, byte[]> convert(Path archive, Path out, int threads) throws IOException {
        Located config = ConfigSource.empty().inputs(List.of(archive.toString())).output(out.toString())
                .to(List.of("json", "markdown", "csv", "text", "epub")).located();
        List<String> errors = new ArrayList<>();
        RunSettings settings = ConfigSource.settings(config, errors);
        ConversionPlan p = Planner.plan(settings, config, REGISTRY, errors);
        ConversionPlan plan = new ConversionPlan(p.inputs(), p.outputDir(), p.parser(), p.parserOptions(),
                p.outputs(), p.editionDefaults(), threads);

        RunReport report = new Conversion(REGISTRY, plan, ConversionListener.NONE).run();

        assertThat(report.exitCode()).as(report.describe()).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
