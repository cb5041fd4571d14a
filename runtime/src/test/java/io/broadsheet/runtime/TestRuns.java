package io.broadsheet.runtime;

import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.convert.Conversion;
import io.broadsheet.runtime.convert.ConversionListener;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.convert.RunReport;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs conversions in-process with the test plugins, the way the CLI does. */
final class TestRuns {

    static final PluginRegistry REGISTRY = PluginLoader.load(List.of());

    private TestRuns() {
    }

    static RunReport run(ConfigSource source) {
        Located located = source.located();
        List<String> errors = new ArrayList<>();
        RunSettings settings = ConfigSource.settings(located, errors);
        return new Conversion(REGISTRY, Planner.plan(settings, located, REGISTRY, errors), ConversionListener.NONE).run();
    }

    static ConfigSource convert(Path input, Path out, String... sets) {
        ConfigSource source = ConfigSource.empty().inputs(List.of(input.toString())).output(out.toString());
        for (String set : sets) {
            source.set(set);
        }
        return source;
    }

    static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
