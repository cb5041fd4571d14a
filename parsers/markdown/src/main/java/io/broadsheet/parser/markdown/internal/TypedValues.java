package io.broadsheet.parser.markdown.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.broadsheet.core.json.TokenTree;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The front matter's top-level values with their YAML types: booleans, whole numbers, lists and maps
 * (a Hugo post's {@code draft: false}, {@code tags: [a, b]}). Only {@code true}/{@code false} are
 * booleans and only numbers written the canonical way are numbers, so {@code yes} or {@code 0012}
 * stay the text they were written as.
 */
final class TypedValues {

    private TypedValues() {
    }

    /** Values by key; strings and nulls left out. The YAML has already been read once, so it is valid. */
    static Map<String, Object> of(JsonParser p) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            Object value = read(p);
            if (value != null && !(value instanceof String)) {
                out.put(key, value);
            }
        }
        return out;
    }

    static Map<String, Object> of(YAMLFactory yaml, String text) {
        try (JsonParser p = yaml.createParser(text)) {
            return of(p);
        } catch (JacksonException e) {
            return Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static Object read(JsonParser p) throws IOException {
        return TokenTree.read(p, TypedValues::scalar);
    }

    private static Object scalar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = p.getText();
        String lower = text.toLowerCase(Locale.ROOT);
        if ((t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) && (lower.equals("true") || lower.equals("false"))) {
            return Boolean.valueOf(lower);
        }
        if (t == JsonToken.VALUE_NUMBER_INT && text.matches("-?(0|[1-9][0-9]{0,17})")) {
            return Long.valueOf(text);
        }
        return text;
    }
}
