package io.broadsheet.parser.markdown.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.broadsheet.core.error.InputException;
import io.broadsheet.core.io.CountingReader;
import io.broadsheet.core.io.YamlLimits;
import io.broadsheet.core.json.TokenTree;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The YAML front matter of a file, read with Jackson's YAML streaming parser rather than the
 * commonmark extension's flattened view, so nested lists and maps keep their shape. Scalars are kept
 * as written ({@code id: 0012} stays "0012", {@code draft: yes} stays "yes"): YAML 1.1 typing must
 * not rewrite an id or a title.
 *
 * <p>Values are {@code String}, {@code List<Object>}, {@code Map<String, Object>} or null.
 */
final class FrontMatter {

    private static final YamlLimits LIMITS = YamlLimits.DEFAULTS;
    private static final YAMLFactory YAML = factory(LIMITS);

    private final Map<String, Object> values;
    private final Map<String, Integer> lines;
    private final Map<String, Object> typed;

    private FrontMatter(Map<String, Object> values, Map<String, Integer> lines, Map<String, Object> typed) {
        this.values = values;
        this.lines = lines;
        this.typed = typed;
    }

    private static YAMLFactory factory(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints() + 1);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Parses {@code yaml}, whose first line is line {@code firstLine} of the file at {@code path}. */
    static FrontMatter parse(String yaml, String path, int firstLine) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        if (yaml.isBlank()) {
            return new FrontMatter(values, lines, Map.of());
        }
        // Untrusted YAML: SnakeYAML's limits set explicitly, and the text cut off at the length limit
        // before its super-linear paths can run on a many-megabyte scalar or comment.
        try (JsonParser p = YAML.createParser(new CountingReader(new StringReader(yaml), LIMITS, path, firstLine))) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new InputException(path, firstLine, "front matter must be a YAML mapping of keys to values");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                lines.put(key, firstLine - 1 + p.currentTokenLocation().getLineNr());
                p.nextToken();
                values.put(key, read(p, path, firstLine));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            if (String.valueOf(e.getOriginalMessage()).contains("Nesting Depth")) {
                throw LIMITS.tooDeep(path, line > 0 ? firstLine - 1 + line : firstLine);
            }
            throw new InputException(path, line > 0 ? firstLine - 1 + line : firstLine,
                    "front matter is not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(path, firstLine, "front matter cannot be read: " + e.getMessage(), e);
        }
        return new FrontMatter(values, lines, TypedValues.of(YAML, yaml));
    }

    /** Scalars as written, YAML's null as null; the top-level mapping is the first level. */
    private static Object read(JsonParser p, String path, int firstLine) throws IOException {
        return TokenTree.read(p, s -> s.currentToken() == JsonToken.VALUE_NULL ? null : s.getText(),
                LIMITS.maxDepth() - 1, q -> LIMITS.tooDeep(path, firstLine - 1 + q.currentTokenLocation().getLineNr()));
    }

    Map<String, Object> values() {
        return values;
    }

    /** The top-level values that YAML types as booleans, whole numbers, lists or maps ({@link TypedValues}). */
    Map<String, Object> typed() {
        return typed;
    }

    /** The 1-based line of {@code key} in the file, or 0. */
    int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** Whether {@code key} has a value: null and empty values count as absent, as exporters omit them. */
    boolean has(String key) {
        Object value = values.get(key);
        return value != null && !"".equals(value);
    }
}
