package io.broadsheet.cli;

import io.broadsheet.core.error.OptionsException;
import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.convert.Conversion;
import io.broadsheet.runtime.convert.ConversionPlan;
import io.broadsheet.runtime.convert.OutputDestination;
import io.broadsheet.runtime.convert.OutputDestinations;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.convert.RunReport;
import io.broadsheet.runtime.plugin.LoadFailure;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code convert} and {@code run} share: settings, plugins, plan, conversion, report. */
final class RunSupport {

    static final Path DEFAULT_PLUGIN_DIR = Path.of("plugins");

    private RunSupport() {
    }

    /** Binds the run settings, throwing every violation at once. */
    static RunSettings settings(Located config) {
        List<String> errors = new ArrayList<>();
        RunSettings settings = ConfigSource.settings(config, errors);
        if (!errors.isEmpty()) {
            throw new OptionsException(errors);
        }
        return settings;
    }

    /** Binds the settings and checks them against the plugins, reporting every violation of both at once. */
    static Planned plan(Located config, PrintWriter err) {
        List<String> errors = new ArrayList<>();
        RunSettings settings = ConfigSource.settings(config, errors);
        PluginRegistry registry = plugins(settings, err);
        return new Planned(registry, Planner.plan(settings, config, registry, errors));
    }

    record Planned(PluginRegistry registry, ConversionPlan plan) {
    }

    /** The configured plugin directories, or {@code ./plugins} when none is configured and it exists. */
    static PluginRegistry plugins(RunSettings settings, PrintWriter err) {
        List<Path> dirs = settings.plugins().dirs().stream().map(Path::of).toList();
        if (dirs.isEmpty() && Files.isDirectory(DEFAULT_PLUGIN_DIR)) {
            dirs = List.of(DEFAULT_PLUGIN_DIR);
        }
        PluginRegistry registry = PluginLoader.load(dirs);
        for (LoadFailure failure : registry.failures()) {
            err.println("warning: plugin not loaded: " + failure);
        }
        return registry;
    }

    static int convert(Located config, CommonOptions common, PrintWriter err) {
        Planned planned = plan(config, err);
        // The output folder is checked and locked before any input is read: a bad location costs no work.
        try (OutputDestination destination = OutputDestinations.open(planned.plan());
                ProgressDisplay progress = ProgressDisplay.create(common.quiet);
                InterruptGuard guard = InterruptGuard.install(destination, progress, err)) {
            RunReport report = new Conversion(planned.registry(), planned.plan(), progress, destination).run();
            guard.runFinished();
            String text = report.describe();
            if (common.quiet) {
                text.lines().filter(l -> l.startsWith("error:")).forEach(err::println);
            } else {
                err.println(text);
            }
            if (common.verbose) {
                report.causes().forEach(e -> e.printStackTrace(err));
            }
            err.flush();
            return report.exitCode();
        }
    }
}
