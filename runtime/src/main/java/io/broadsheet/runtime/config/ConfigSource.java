package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.broadsheet.core.error.OptionsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the configuration tree of a run: the YAML file if any, then each command-line flag written
 * over the key it stands for (every flag has a YAML key). Paths in a file are taken relative to the
 * file's folder; paths on the command line relative to the working directory.
 */
public final class ConfigSource {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode tree;
    private final Map<String, String> places;
    private final String origin;

    private ConfigSource(ObjectNode tree, Map<String, String> places, String origin) {
        this.tree = tree;
        this.places = places;
        this.origin = origin;
    }

    public static ConfigSource empty() {
        return new ConfigSource(NODES.objectNode(), new HashMap<>(), "command line");
    }

    public static ConfigSource fromFile(Path file) {
        Located located;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            located = YamlReader.read(reader, file.toString());
        } catch (IOException e) {
            throw new OptionsException(List.of(file + ": cannot read config: " + e.getMessage()));
        }
        if (!located.tree().isObject()) {
            throw new OptionsException(List.of(file + ":1: a config file must be a mapping of keys "
                    + OptionsBinder.allowed(RunSettings.class)));
        }
        ConfigSource source = new ConfigSource((ObjectNode) located.tree(), new HashMap<>(located.places()), file.toString());
        source.resolvePaths(file.toAbsolutePath().getParent());
        return source;
    }

    private void resolvePaths(Path base) {
        resolveList(tree.get("inputs"), base);
        if (tree.get("output") instanceof TextNode t) {
            tree.put("output", base.resolve(t.asText()).normalize().toString());
        }
        if (tree.get("plugins") instanceof ObjectNode p) {
            resolveList(p.get("dirs"), base);
        }
    }

    private static void resolveList(JsonNode list, Path base) {
        if (list instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof TextNode t) {
                    array.set(i, NODES.textNode(base.resolve(t.asText()).normalize().toString()));
                }
            }
        }
    }

    public ConfigSource inputs(List<String> inputs) {
        if (!inputs.isEmpty()) {
            ArrayNode array = tree.putArray("inputs");
            inputs.forEach(array::add);
            places.put("/inputs", "command line (INPUT)");
        }
        return this;
    }

    public ConfigSource from(String from) {
        if (from != null) {
            tree.put("from", from);
            places.put("/from", "--from");
        }
        return this;
    }

    public ConfigSource output(String output) {
        if (output != null) {
            tree.put("output", output);
            places.put("/output", "--output");
        }
        return this;
    }

    public ConfigSource pluginDirs(List<String> dirs) {
        if (!dirs.isEmpty()) {
            ObjectNode plugins = tree.get("plugins") instanceof ObjectNode p ? p : tree.putObject("plugins");
            ArrayNode array = plugins.get("dirs") instanceof ArrayNode a ? a : plugins.putArray("dirs");
            dirs.forEach(array::add);
            places.put("/plugins/dirs", "--plugins");
        }
        return this;
    }

    /** {@code --to a,b}: the outputs become these types, keeping the file's options for a type it lists. */
    public ConfigSource to(List<String> types) {
        if (types.isEmpty()) {
            return this;
        }
        JsonNode existing = tree.get("outputs");
        ArrayNode outputs = NODES.arrayNode();
        for (String type : types) {
            JsonNode kept = null;
            if (existing instanceof ArrayNode array) {
                for (JsonNode o : array) {
                    if (o.isObject() && type.equals(o.path("type").asText(null))) {
                        kept = o;
                    }
                }
            }
            outputs.add(kept != null ? kept : NODES.objectNode().put("type", type));
        }
        tree.set("outputs", outputs);
        places.put("/outputs", "--to");
        return this;
    }

    /**
     * {@code --set a.b.c=value}: writes a YAML value at a dotted key path. In {@code outputs} an output
     * is addressed by its type ({@code outputs.csv.bom=true}) or its index.
     */
    public ConfigSource set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new OptionsException(List.of("--set " + assignment + ": expected key=value"));
        }
        String key = assignment.substring(0, eq).trim();
        String place = "--set " + assignment;
        JsonNode value = YamlReader.scalar(assignment.substring(eq + 1), place);
        String[] parts = key.split("\\.");
        JsonNode node = tree;
        String pointer = "";
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (node instanceof ObjectNode object) {
                JsonNode next = object.get(part);
                if (next == null || !next.isContainerNode()) {
                    next = part.equals("outputs") ? object.putArray(part) : object.putObject(part);
                }
                node = next;
                pointer = Located.child(pointer, part);
            } else if (node instanceof ArrayNode array) {
                int index = outputIndex(array, part);
                node = array.get(index);
                pointer = Located.child(pointer, index);
            }
        }
        String last = parts[parts.length - 1];
        if (!(node instanceof ObjectNode object)) {
            throw new OptionsException(List.of(place + ": '" + key + "' does not name a key"));
        }
        object.set(last, value);
        places.put(Located.child(pointer, last), place);
        return this;
    }

    private static int outputIndex(ArrayNode outputs, String part) {
        if (part.matches("\\d+") && Integer.parseInt(part) < outputs.size()) {
            return Integer.parseInt(part);
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (part.equals(outputs.get(i).path("type").asText(null))) {
                return i;
            }
        }
        outputs.add(NODES.objectNode().put("type", part));
        return outputs.size() - 1;
    }

    public Located located() {
        return new Located(tree, Map.copyOf(places), origin);
    }

    /** Binds the run-level keys; parser and output sections are checked against the plugins later. */
    public static RunSettings settings(Located config, List<String> errors) {
        return OptionsBinder.bind(RunSettings.class, RunSettings.DEFAULTS, config.tree(), config, "", "", errors);
    }
}
