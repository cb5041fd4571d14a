package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.core.error.OptionsException;
import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * A run's YAML config, read and planned against every built-in parser and exporter exactly as
 * {@code broadsheet run} does: the only allowed failure is an {@link OptionsException}.
 */
class ConfigFuzzTest {

    private static final PluginRegistry REGISTRY = PluginLoader.load(List.of());
    private static final Path DIR = createDir();

    @FuzzTest
    void plan(byte[] yaml) throws IOException {
        Path file = DIR.resolve("run.yaml");
        Files.write(file, yaml);
        try {
            Located config = ConfigSource.fromFile(file).located();
            List<String> errors = new ArrayList<>();
            RunSettings settings = ConfigSource.settings(config, errors);
            Planner.plan(settings, config, REGISTRY, errors);
        } catch (OptionsException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("configuration error without a message", expected);
            }
        }
    }

    @AfterAll
    static void removeDir() throws IOException {
        Files.deleteIfExists(DIR.resolve("run.yaml"));
        Files.deleteIfExists(DIR);
    }

    private static Path createDir() {
        try {
            return Files.createTempDirectory("broadsheet-config-fuzz");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
