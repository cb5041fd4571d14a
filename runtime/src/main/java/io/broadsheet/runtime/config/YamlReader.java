package io.broadsheet.runtime.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.broadsheet.core.error.OptionsException;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a Jackson tree while recording the line of every key and item, which Jackson's own
 * tree reading forgets. Duplicate keys are an error (YAML forbids them; silently keeping the last hides
 * typos).
 */
public final class YamlReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlReader() {
    }

    public static Located read(Reader reader, String fileName) {
        Map<String, String> places = new HashMap<>();
        try (JsonParser p = YAML.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Located(NODES.objectNode(), places, fileName);
            }
            JsonNode tree = value(p, "", fileName, places);
            return new Located(tree, places, fileName);
        } catch (IOException e) {
            String where = fileName;
            if (e instanceof com.fasterxml.jackson.core.JacksonException je && je.getLocation() != null) {
                where = fileName + ":" + je.getLocation().getLineNr();
                throw new OptionsException(List.of(where + ": not valid YAML: " + je.getOriginalMessage()));
            }
            throw new OptionsException(List.of(where + ": cannot read: " + e.getMessage()));
        }
    }

    /** Parses a single YAML scalar or flow value, as given on the command line with --set. */
    public static JsonNode scalar(String text, String origin) {
        Located parsed = read(new java.io.StringReader(text), origin);
        return parsed.tree();
    }

    private static JsonNode value(JsonParser p, String pointer, String file, Map<String, String> places)
            throws IOException {
        JsonToken t = p.currentToken();
        places.putIfAbsent(pointer, file + ":" + p.currentTokenLocation().getLineNr());
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = Located.child(pointer, key);
                    String place = file + ":" + p.currentTokenLocation().getLineNr();
                    if (object.has(key)) {
                        throw new OptionsException(List.of(place + ": key '" + key + "' appears twice"));
                    }
                    places.put(child, place);
                    p.nextToken();
                    object.set(key, value(p, child, file, places));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, Located.child(pointer, i++), file, places));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new OptionsException(List.of(file + ":" + p.currentTokenLocation().getLineNr()
                    + ": unexpected " + t));
        }
    }
}
