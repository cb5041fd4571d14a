package io.broadsheet.parser.markdown.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.error.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Typed, one-time access to front-matter keys: every key read is marked taken, so that what no field
 * claimed can go to metadata instead of being lost.
 */
final class FrontMatterFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FrontMatter frontMatter;
    private final String path;
    private final boolean strict;
    private final Set<String> taken = new LinkedHashSet<>();

    /**
     * @param strict whether a value of the wrong type is an error (our own files) or is kept as metadata
     *               (third-party posts, whose keys may mean something else)
     */
    FrontMatterFields(FrontMatter frontMatter, String path, boolean strict) {
        this.frontMatter = frontMatter;
        this.path = path;
        this.strict = strict;
    }

    boolean has(String key) {
        return frontMatter.has(key);
    }

    /** A scalar; a list of scalars is joined with ", ". */
    String text(String key) {
        taken.add(key);
        Object value = frontMatter.values().get(key);
        return value == null || "".equals(value) ? null : stringify(value);
    }

    /** A list of scalars; a single scalar gives a one-element list. */
    List<String> texts(String key) {
        taken.add(key);
        Object value = frontMatter.values().get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !"".equals(item)) {
                    out.add(stringify(item));
                }
            }
        } else if (value != null && !"".equals(value)) {
            out.add(stringify(value));
        }
        return out;
    }

    Integer number(String key) {
        String text = text(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return rejected(key, "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    /** Gives a key read for a look back to metadata. */
    void untake(String key) {
        taken.remove(key);
    }

    /** A value that does not fit its field: an error in strict mode, else left to metadata. */
    <T> T rejected(String key, String reason) {
        if (strict) {
            throw error(key, reason);
        }
        taken.remove(key);
        return null;
    }

    /** A mapping of keys to values, each value as a string. */
    Map<String, String> map(String key) {
        taken.add(key);
        Object value = frontMatter.values().get(key);
        Map<String, String> out = new TreeMap<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map<?, ?> map)) {
            rejected(key, "'" + key + "' must be a mapping of keys to values");
            return out;
        }
        map.forEach((k, v) -> {
            if (v != null) {
                out.put(String.valueOf(k), stringify(v));
            }
        });
        return out;
    }

    /** Every key nobody took, as strings. */
    Map<String, String> rest() {
        Map<String, String> out = new TreeMap<>();
        frontMatter.values().forEach((k, v) -> {
            if (!taken.contains(k) && v != null) {
                out.put(k, stringify(v));
            }
        });
        return out;
    }

    InputException error(String key, String reason) {
        return new InputException(path, frontMatter.line(key), "front matter: " + reason);
    }

    /** Scalars as written, lists of scalars joined with ", ", anything deeper as compact JSON. */
    private static String stringify(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return String.join(", ", list.stream().map(String.class::cast).toList());
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front-matter values are plain lists, maps and strings", e);
        }
    }
}
