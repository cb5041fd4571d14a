package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The keys of a run configuration (YAML) and of the equivalent command-line flags. Parser and output
 * sections stay as trees here: they are bound to each plugin's options record once the plugins are
 * loaded.
 *
 * @param inputs  files, directories (walked recursively, in sorted order) or zip files
 * @param output  the output directory
 * @param from    a parser name, or {@code auto} to choose per input by extension and content
 * @param plugins where plugin jars are found besides the class path
 * @param edition edition parts that every article takes, over what its parser found or guessed
 * @param parsers options per parser name, e.g. {@code parsers: {text: {joinParagraphs: false}}}
 * @param outputs one entry per output: {@code type} (the exporter), optional {@code output} (file or
 *                folder name in the output directory), then the exporter's own options
 */
public record RunSettings(
        List<String> inputs,
        String output,
        String from,
        PluginSettings plugins,
        EditionSettings edition,
        Map<String, JsonNode> parsers,
        List<JsonNode> outputs) {

    public static final RunSettings DEFAULTS = new RunSettings(List.of(), null, "auto",
            new PluginSettings(List.of()), new EditionSettings(null, null, null), Map.of(), List.of());

    public RunSettings {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        from = from == null ? "auto" : from;
        plugins = plugins == null ? new PluginSettings(List.of()) : plugins;
        edition = edition == null ? new EditionSettings(null, null, null) : edition;
        parsers = parsers == null ? Map.of() : Map.copyOf(parsers);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** @param dirs plugin directories; {@code ./plugins} is added when it exists and none is given */
    public record PluginSettings(List<String> dirs) {
        public PluginSettings {
            dirs = dirs == null ? List.of() : List.copyOf(dirs);
        }
    }

    /** @param date ISO-8601 {@code yyyy-MM-dd} */
    public record EditionSettings(String publication, String date, Integer page) {
        public EditionSettings {
            if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("edition.date must be yyyy-MM-dd, not '" + date + "'");
            }
            if (page != null && page < 1) {
                throw new IllegalArgumentException("edition.page must be 1 or more, not " + page);
            }
        }
    }
}
