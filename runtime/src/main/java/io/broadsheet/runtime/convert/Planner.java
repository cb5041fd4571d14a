package io.broadsheet.runtime.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.core.error.OptionsException;
import io.broadsheet.core.error.UnsupportedFormatException;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.Plugin;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.OptionsBinder;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns settings and a configuration tree into a {@link ConversionPlan}, reporting every problem at once. */
public final class Planner {

    private Planner() {
    }

    /**
     * @param errors problems already found (e.g. while binding the settings): reported together with
     *               the plan's own, in one {@link OptionsException}
     */
    public static ConversionPlan plan(RunSettings settings, Located config, PluginRegistry registry, List<String> errors) {
        if (settings.inputs().isEmpty()) {
            errors.add(config.placeOf("/inputs") + ": no inputs given");
        }
        if (settings.output() == null) {
            errors.add(config.placeOf("/output") + ": no output directory given (-o DIR or 'output:')");
        }
        Loaded<Exporter<?>> fileFormat = OutputShape.fileFormat(settings.output(), registry);
        List<JsonNode> outputEntries = settings.outputs();
        if (outputEntries.isEmpty() && fileFormat != null) {
            // -o book.epub without --to: the file's extension names the format, as in pandoc.
            outputEntries = List.of(JsonNodeFactory.instance.objectNode().put("type", fileFormat.name()));
        }
        if (outputEntries.isEmpty()) {
            errors.add(config.placeOf("/outputs") + ": no output format given (--to FORMAT or 'outputs:')");
        }
        Loaded<Parser<?>> parser = null;
        if (!"auto".equals(settings.from())) {
            parser = resolve(() -> registry.parser(settings.from()), config.placeOf("/from"), errors);
        }
        Map<String, Record> parserOptions = new TreeMap<>();
        for (Loaded<Parser<?>> loaded : registry.parsers().values()) {
            parserOptions.put(loaded.name(), loaded.plugin().defaultOptions());
        }
        for (Map.Entry<String, JsonNode> section : new TreeMap<>(settings.parsers()).entrySet()) {
            String pointer = Located.child("/parsers", section.getKey());
            Loaded<Parser<?>> loaded = resolve(() -> registry.parser(section.getKey()), config.placeOf(pointer), errors);
            if (loaded != null) {
                parserOptions.put(loaded.name(), bind(loaded.plugin(), section.getValue(), config, pointer,
                        "parsers." + loaded.name(), errors));
            }
        }
        List<ConversionPlan.PlannedOutput> outputs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < outputEntries.size(); i++) {
            ConversionPlan.PlannedOutput output = planOutput(outputEntries.get(i), config,
                    Located.child("/outputs", i), registry, errors);
            if (output != null && !names.add(output.name())) {
                errors.add(config.placeOf(Located.child("/outputs", i)) + ": two outputs write '" + output.name()
                        + "'; give one of them another 'output' name");
            } else if (output != null) {
                outputs.add(output);
            }
        }
        Path outputDir = settings.output() == null ? null : Path.of(settings.output());
        if (settings.output() != null && outputs.size() == 1) {
            outputs = List.of(SingleOutputs.check(settings.output(), fileFormat, outputs.get(0), config, errors));
            if (fileFormat != null) {
                outputDir = outputDir.toAbsolutePath().getParent();
            }
        } else if (outputs.size() > 1 && (fileFormat != null || OutputShape.isStandardOutput(settings.output()))) {
            errors.add(config.placeOf("/output") + ": " + settings.output() + " takes one format, not "
                    + outputs.size() + "; give a folder (-o DIR) for several");
        }
        int threads = ThreadSetting.configured(errors);
        if (!errors.isEmpty()) {
            throw new OptionsException(errors);
        }
        RunSettings.EditionSettings e = settings.edition();
        return new ConversionPlan(settings.inputs().stream().map(Path::of).toList(), outputDir,
                parser, parserOptions, outputs, new Edition(e.publication(), e.date(), e.page()), threads);
    }

    private static ConversionPlan.PlannedOutput planOutput(JsonNode entry, Located config, String pointer,
            PluginRegistry registry, List<String> errors) {
        if (!entry.isObject() || !entry.path("type").isTextual()) {
            errors.add(config.placeOf(pointer) + ": each output needs 'type: FORMAT' (and optionally 'output: NAME')");
            return null;
        }
        Loaded<Exporter<?>> exporter = resolve(() -> registry.exporter(entry.get("type").asText()),
                config.placeOf(Located.child(pointer, "type")), errors);
        if (exporter == null) {
            return null;
        }
        ObjectNode options = ((ObjectNode) entry).deepCopy();
        options.remove("type");
        JsonNode name = options.remove("output");
        if (name != null && (!name.isTextual() || name.asText().isBlank() || name.asText().contains("..")
                || name.asText().startsWith("/"))) {
            errors.add(config.placeOf(Located.child(pointer, "output")) + ": 'output' must be a relative file or folder name");
            return null;
        }
        Record bound = bind(exporter.plugin(), options, config, pointer, "outputs." + exporter.name(), errors);
        String outputName = name != null ? name.asText() : exporter.plugin().defaultOutputName();
        return new ConversionPlan.PlannedOutput(exporter, bound, outputName);
    }

    private static <O extends Record> Record bind(Plugin<O> plugin, JsonNode section, Located config,
            String pointer, String label, List<String> errors) {
        return OptionsBinder.bind(plugin.optionsType(), plugin.defaultOptions(), section, config, pointer, label, errors);
    }

    private interface Lookup<T> {
        T get();
    }

    private static <T> T resolve(Lookup<T> lookup, String place, List<String> errors) {
        try {
            return lookup.get();
        } catch (UnsupportedFormatException e) {
            errors.add(place + ": " + e.getMessage());
            return null;
        }
    }
}
