package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.error.OptionsException;
import io.broadsheet.core.io.CountingReader;
import io.broadsheet.core.io.YamlLimits;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into a Jackson tree while recording the line of every key and item, which a plain tree
 * reading forgets. Duplicate keys are an error (YAML forbids them; silently keeping the last hides
 * typos). A config file is untrusted input: it is read within {@link YamlLimits} (length, aliases,
 * nesting), with SnakeYAML's own {@code LoaderOptions} set to the same limits, and composed by
 * SnakeYAML so that an alias ({@code *name}) stands for its anchor's value, as YAML says.
 */
public final class YamlReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What one alias may copy on average: a shared block of settings, never an exponential tree. */
    private static final int COPIES_PER_ALIAS = 1_000;

    private final String file;
    private final YamlLimits limits;
    private final Map<String, String> places = new HashMap<>();
    /** Nodes already converted: a node met again is an alias, and its copy is counted. */
    private final Map<Node, Long> seen = new IdentityHashMap<>();
    private long copied;

    private YamlReader(String file, YamlLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** SnakeYAML's limits, set explicitly to {@code limits} (its defaults are 3 MB and 50, 50). */
    static LoaderOptions loaderOptions(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints() + 1);
        options.setMaxAliasesForCollections(limits.maxAliases());
        // One more than this reader's, so that a file just past the limit gets this reader's message and line.
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true); // reported by this reader, with both lines
        return options;
    }

    public static Located read(Reader reader, String fileName) {
        return read(reader, fileName, YamlLimits.DEFAULTS);
    }

    public static Located read(Reader reader, String fileName, YamlLimits limits) {
        YamlReader r = new YamlReader(fileName, limits);
        try {
            Node root = new Yaml(loaderOptions(limits)).compose(new CountingReader(reader, limits, fileName, 1));
            if (root == null) {
                return new Located(NODES.objectNode(), r.places, fileName);
            }
            return new Located(r.value(root, "", 0), r.places, fileName);
        } catch (LimitExceededException e) {
            throw new OptionsException(List.of(e.getMessage()));
        } catch (YAMLException e) {
            throw new OptionsException(List.of(r.describe(e)));
        }
    }

    /** Parses a single YAML scalar or flow value, as given on the command line with --set. */
    public static JsonNode scalar(String text, String origin) {
        Located parsed = read(new java.io.StringReader(text), origin);
        return parsed.tree();
    }

    private String describe(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        int line = e instanceof MarkedYAMLException m && m.getProblemMark() != null ? m.getProblemMark().getLine() + 1 : 0;
        // SnakeYAML's own limits, met before this reader's: name them as this reader does.
        if (message.contains("Number of aliases")) {
            return limits.tooManyAliases(file, line).getMessage();
        }
        if (message.contains("Nesting Depth")) {
            return limits.tooDeep(file, line).getMessage();
        }
        if (message.contains("exceeds the limit")) {
            return limits.tooLong(file, line).getMessage();
        }
        String reason = e instanceof MarkedYAMLException m ? String.join(" ", m.getContext() == null ? "" : m.getContext(),
                m.getProblem() == null ? "" : m.getProblem()).strip() : message;
        return (line > 0 ? file + ":" + line : file) + ": not valid YAML: " + reason;
    }

    private JsonNode value(Node node, String pointer, int depth) {
        int line = node.getStartMark().getLine() + 1;
        places.putIfAbsent(pointer, file + ":" + line);
        if (seen.containsKey(node)) {
            copied += seen.get(node);
            if (copied > (long) limits.maxAliases() * COPIES_PER_ALIAS) {
                throw new OptionsException(List.of(limits.tooManyAliases(file, line).getMessage()
                        + " (they would copy more than " + (long) limits.maxAliases() * COPIES_PER_ALIAS + " values)"));
            }
        }
        boolean collection = node instanceof MappingNode || node instanceof SequenceNode;
        if (collection && depth + 1 > limits.maxDepth()) {
            throw new OptionsException(List.of(limits.tooDeep(file, line).getMessage()));
        }
        JsonNode value;
        if (node instanceof MappingNode map) {
            value = object(map, pointer, depth);
        } else if (node instanceof SequenceNode seq) {
            value = array(seq, pointer, depth);
        } else if (node instanceof ScalarNode scalar) {
            value = scalar(scalar);
        } else {
            throw new OptionsException(List.of(file + ":" + line + ": unexpected YAML node"));
        }
        seen.putIfAbsent(node, size(value));
        return value;
    }

    private ObjectNode object(MappingNode map, String pointer, int depth) {
        ObjectNode object = NODES.objectNode();
        for (NodeTuple tuple : map.getValue()) {
            String place = file + ":" + (tuple.getKeyNode().getStartMark().getLine() + 1);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new OptionsException(List.of(place + ": a key must be a plain value, not a list or a map"));
            }
            String key = keyNode.getValue();
            if (object.has(key)) {
                throw new OptionsException(List.of(place + ": key '" + key + "' appears twice"));
            }
            String child = Located.child(pointer, key);
            places.put(child, place);
            object.set(key, value(tuple.getValueNode(), child, depth + 1));
        }
        return object;
    }

    private ArrayNode array(SequenceNode seq, String pointer, int depth) {
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        for (Node item : seq.getValue()) {
            array.add(value(item, Located.child(pointer, i++), depth + 1));
        }
        return array;
    }

    /**
     * Plain scalars typed as YAML 1.2's core schema does: only {@code true}/{@code false} are booleans
     * ({@code yes}, {@code on} stay words), decimal numbers are numbers; quoted scalars stay strings.
     */
    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag) && (lower.equals("true") || lower.equals("false"))) {
            return NODES.booleanNode(lower.equals("true"));
        }
        if (Tag.INT.equals(tag) && text.matches("[-+]?(0|[1-9][0-9]*)")) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (Tag.FLOAT.equals(tag) && text.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return NODES.numberNode(new BigDecimal(text));
        }
        return NODES.textNode(text);
    }

    private static long size(JsonNode node) {
        long n = 1;
        for (JsonNode child : node) {
            n += size(child);
        }
        return n;
    }
}
