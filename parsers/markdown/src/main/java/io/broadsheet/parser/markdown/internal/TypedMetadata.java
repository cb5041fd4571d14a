package io.broadsheet.parser.markdown.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metadata values are text, so a front-matter value's YAML type would be lost on the way through the
 * model: {@code draft: false} and {@code draft: "false"} would read the same. The metadata entry
 * {@value #KEY} keeps, as one JSON object, every metadata value that YAML typed as a boolean, a whole
 * number, a list or a map; the {@code markdown} exporter writes those back with their types.
 */
final class TypedMetadata {

    /** The metadata key; the {@code markdown} exporter reads the same name. */
    static final String KEY = "front_matter";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TypedMetadata() {
    }

    static void add(Map<String, String> metadata, Map<String, Object> typed) {
        Map<String, Object> kept = new TreeMap<>();
        typed.forEach((key, value) -> {
            if (metadata.containsKey(key)) {
                kept.put(key, value);
            }
        });
        if (kept.isEmpty()) {
            return;
        }
        try {
            metadata.put(KEY, JSON.writeValueAsString(kept));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("typed front-matter values are booleans, numbers, lists and maps", e);
        }
    }
}
