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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code broadsheet formats}: the parsers and exporters found, with their options. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = {"Lists the parsers and exporters found (class path and plugin directories) with their options.",
                "A long default (the text parser's lexicon) is shown whole, one item per line, with FORMAT."})
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Plugin directory, repeatable.")
    List<String> pluginDirs = new ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FORMAT",
            description = "Show only this parser and exporter, with every default in full.")
    String only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var located = ConfigSource.empty().pluginDirs(pluginDirs).located();
        PluginRegistry registry = RunSupport.plugins(RunSupport.settings(located), err);
        if (only != null && !registry.parsers().containsKey(only) && !registry.exporters().containsKey(only)) {
            err.println("broadsheet: no format named '" + only + "'; known: "
                    + String.join(", ", java.util.stream.Stream.concat(registry.parsers().keySet().stream(),
                            registry.exporters().keySet().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
            return 2;
        }
        out.println("Parsers:");
        for (Loaded<Parser<?>> p : registry.parsers().values()) {
            if (only == null || only.equals(p.name())) {
                header(out, p.name(), p.plugin(), "extensions: " + String.join(", ", new TreeSet<>(p.plugin().extensions())), p);
            }
        }
        out.println();
        out.println("Exporters:");
        for (Loaded<Exporter<?>> e : registry.exporters().values()) {
            if (only == null || only.equals(e.name())) {
                header(out, e.name(), e.plugin(), "default output: " + e.plugin().defaultOutputName(), e);
            }
        }
        for (LoadFailure f : registry.failures()) {
            out.println();
            out.println("Not loaded: " + f);
        }
        out.flush();
        return registry.failures().isEmpty() ? 0 : 1;
    }

    private void header(PrintWriter out, String name, Plugin<?> plugin, String detail, Loaded<?> loaded) {
        out.println(LongDefaults.wrap(String.format("%-10s %s", name, plugin.description()), "  ", 110));
        out.println(LongDefaults.wrap(detail + "; from " + loaded.origin(), "             ", 110));
        out.println(LongDefaults.wrap("carries: " + plugin.carries().stream().map(f -> f.name().toLowerCase()).sorted().toList(),
                "             ", 110));
        List<OptionsDescriber.OptionInfo> options = OptionsDescriber.describe(plugin);
        if (options.isEmpty()) {
            out.printf("  %-10s options: none%n", "");
        }
        for (OptionsDescriber.OptionInfo o : options) {
            String line = String.format("%s (%s, default %s)%s", o.key(), o.type(),
                    LongDefaults.shown(o.defaultValue(), name, only != null), o.description().isEmpty() ? "" : ": " + o.description());
            out.println(LongDefaults.wrap(line, "               ", 110));
        }
    }
}
