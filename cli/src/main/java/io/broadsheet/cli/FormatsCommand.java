package io.broadsheet.cli;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.Plugin;
import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.OptionsDescriber;
import io.broadsheet.runtime.plugin.LoadFailure;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code broadsheet formats}: the parsers and exporters found, with their options. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the parsers and exporters found (class path and plugin directories) with their options.")
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Plugin directory, repeatable.")
    List<String> pluginDirs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var located = ConfigSource.empty().pluginDirs(pluginDirs).located();
        PluginRegistry registry = RunSupport.plugins(RunSupport.settings(located), err);
        out.println("Parsers:");
        for (Loaded<Parser<?>> p : registry.parsers().values()) {
            header(out, p.name(), p.plugin(), "extensions: " + String.join(", ", new TreeSet<>(p.plugin().extensions())), p);
        }
        out.println();
        out.println("Exporters:");
        for (Loaded<Exporter<?>> e : registry.exporters().values()) {
            header(out, e.name(), e.plugin(), "default output: " + e.plugin().defaultOutputName(), e);
        }
        for (LoadFailure f : registry.failures()) {
            out.println();
            out.println("Not loaded: " + f);
        }
        out.flush();
        return registry.failures().isEmpty() ? 0 : 1;
    }

    private static void header(PrintWriter out, String name, Plugin<?> plugin, String detail, Loaded<?> loaded) {
        out.printf("  %-10s %s%n", name, plugin.description());
        out.printf("  %-10s %s; from %s%n", "", detail, loaded.origin());
        out.printf("  %-10s carries: %s%n", "", plugin.carries().stream().map(f -> f.name().toLowerCase()).sorted().toList());
        List<OptionsDescriber.OptionInfo> options = OptionsDescriber.describe(plugin);
        if (options.isEmpty()) {
            out.printf("  %-10s options: none%n", "");
        }
        for (OptionsDescriber.OptionInfo o : options) {
            out.printf("  %-10s   %s (%s, default %s)%s%n", "", o.key(), o.type(), o.defaultValue(),
                    o.description().isEmpty() ? "" : ": " + o.description());
        }
    }
}
