package io.broadsheet.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the value at a Jackson parser's current token (JSON, or YAML through jackson-dataformat-yaml)
 * into plain Java values: {@code Map<String, Object>} in document order, {@code List<Object>}, and for
 * each scalar what {@code scalars} makes of it, so each format decides how it types its scalars.
 */
public final class TokenTree {

    /** Turns the scalar at the parser's current token into a value (null for YAML's null is fine). */
    @FunctionalInterface
    public interface Scalars {
        Object read(JsonParser p) throws IOException;
    }

    private TokenTree() {
    }

    /** Refuses nesting deeper than a limit, with an error that names the place in the input. */
    @FunctionalInterface
    public interface TooDeep {
        RuntimeException at(JsonParser p);
    }

    public static Object read(JsonParser p, Scalars scalars) throws IOException {
        return read(p, scalars, Integer.MAX_VALUE, q -> new IllegalStateException("unreachable"), 0);
    }

    /** As {@link #read(JsonParser, Scalars)}, refusing maps and lists nested more than {@code maxDepth} levels. */
    public static Object read(JsonParser p, Scalars scalars, int maxDepth, TooDeep tooDeep) throws IOException {
        return read(p, scalars, maxDepth, tooDeep, 0);
    }

    private static Object read(JsonParser p, Scalars scalars, int maxDepth, TooDeep tooDeep, int depth)
            throws IOException {
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= maxDepth) {
            throw tooDeep.at(p);
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, read(p, scalars, maxDepth, tooDeep, depth + 1));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p, scalars, maxDepth, tooDeep, depth + 1));
            }
            return list;
        }
        return scalars.read(p);
    }
}
