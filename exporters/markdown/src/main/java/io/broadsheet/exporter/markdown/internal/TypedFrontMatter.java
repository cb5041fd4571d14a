package io.broadsheet.exporter.markdown.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.broadsheet.core.json.TokenTree;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata entry {@value #KEY} that the {@code markdown} parser fills with the front-matter values
 * YAML typed (booleans, whole numbers, lists, maps) as JSON: read back so that a Hugo post's
 * {@code draft: false} and {@code tags: [a, b]} are written with their types again.
 */
final class TypedFrontMatter {

    static final String KEY = "front_matter";

    private static final JsonFactory JSON = new JsonFactory();

    private TypedFrontMatter() {
    }

    /** The typed values by key, in the entry's order; empty when there is none or it is not a JSON object. */
    static Map<String, Object> of(Map<String, String> metadata) {
        String json = metadata.get(KEY);
        Map<String, Object> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == JsonToken.START_OBJECT && read(p) instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put((String) k, v));
            }
        } catch (IOException e) {
            // Not ours, or edited by hand: the values are still in metadata as text.
            out.clear();
        }
        return out;
    }

    private static Object read(JsonParser p) throws IOException {
        return TokenTree.read(p, TypedFrontMatter::scalar);
    }

    private static Object scalar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }
}
