package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Binds a YAML section onto an options record, starting from the plugin's defaults: a key given
 * replaces that default, keys not given keep it. Checks every key before giving up, so one run shows
 * every unknown key (with the allowed ones), every wrong type and every invalid value, each with its
 * file and line.
 */
public final class OptionsBinder {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Enum, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Float, c -> c
                    .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert))
            // Dates, times and durations are written as ISO-8601 text ("2026-01-01", "PT30S").
            .withCoercionConfig(LogicalType.DateTime, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private OptionsBinder() {
    }

    /**
     * @param section  the user's section (null or missing: the defaults)
     * @param pointer  where the section sits in {@code config}, for error places
     * @param label    how errors name the section, e.g. "parsers.text"
     * @param errors   violations are added here; the defaults are returned when there are any
     */
    public static <R extends Record> R bind(Class<R> type, R defaults, JsonNode section, Located config,
            String pointer, String label, List<String> errors) {
        if (section == null || section.isNull() || section.isMissingNode()) {
            return defaults;
        }
        // Keys in error are left out of the merge, so the valid ones still bind and later checks can run.
        JsonNode merged = merge(type, MAPPER.valueToTree(defaults), section, config, pointer, label, errors);
        try {
            return MAPPER.treeToValue(merged, type);
        } catch (Exception e) {
            String message = rootMessage(e);
            errors.add(config.placeOf(keyNamedBy(type, message, pointer)) + ": invalid "
                    + (label.isEmpty() ? "run config" : label) + ": " + message);
            return defaults;
        }
    }

    private static JsonNode merge(Class<?> type, JsonNode defaults, JsonNode section, Located config,
            String pointer, String label, List<String> errors) {
        if (!section.isObject()) {
            errors.add(config.placeOf(pointer) + ": " + label + " must be a mapping of keys "
                    + allowed(type) + ", not " + section.getNodeType().name().toLowerCase());
            return defaults;
        }
        ObjectNode merged = defaults != null && defaults.isObject() ? ((ObjectNode) defaults).deepCopy()
                : MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String childPointer = Located.child(pointer, key);
            String childLabel = label.isEmpty() ? key : label + "." + key;
            RecordComponent component = component(type, key);
            if (component == null) {
                errors.add(config.placeOf(childPointer) + ": unknown key '" + key + "' in "
                        + (label.isEmpty() ? "the run config" : label) + "; allowed keys: " + allowed(type));
                continue;
            }
            JsonNode value = field.getValue();
            if (component.getType().isRecord() && value.isObject()) {
                JsonNode nested = merge(component.getType(), merged.get(key), value, config, childPointer, childLabel, errors);
                try {
                    MAPPER.treeToValue(nested, component.getType());
                    merged.set(key, nested);
                } catch (Exception e) {
                    String message = rootMessage(e);
                    errors.add(config.placeOf(keyNamedBy(component.getType(), message, childPointer)) + ": invalid "
                            + childLabel + ": " + message);
                }
                continue;
            }
            String problem = typeProblem(component.getGenericType(), value);
            if (problem != null) {
                errors.add(config.placeOf(childPointer) + ": " + childLabel + " " + problem);
                continue;
            }
            merged.set(key, value);
        }
        return merged;
    }

    /**
     * Where a record's validation message points: the key it starts with ("feedId must be…"), so the
     * operator is sent to that key's line; else the section.
     */
    private static String keyNamedBy(Class<?> type, String message, String pointer) {
        if (type.isRecord() && message != null) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (message.startsWith(c.getName() + " ") || message.startsWith(c.getName() + ":")) {
                    return Located.child(pointer, c.getName());
                }
            }
        }
        return pointer;
    }

    private static String typeProblem(Type type, JsonNode value) {
        if (value.isNull()) {
            return type instanceof Class<?> c && c.isPrimitive() ? "must not be empty" : null;
        }
        JavaType javaType = MAPPER.constructType(type);
        try {
            MAPPER.treeToValue(value, javaType);
            return null;
        } catch (Exception e) {
            return "expects " + describe(javaType) + ", got " + shown(value) + enumHint(javaType);
        }
    }

    private static String enumHint(JavaType type) {
        if (!type.isEnumType()) {
            return "";
        }
        return " (one of: " + String.join(", ", Arrays.stream(type.getRawClass().getEnumConstants())
                .map(c -> c.toString().toLowerCase()).toList()) + ")";
    }

    static String describe(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) return "text";
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) return "a whole number";
        if (raw == double.class || raw == Double.class) return "a number";
        if (raw == boolean.class || raw == Boolean.class) return "true or false";
        if (type.isEnumType()) return "a name";
        if (type.isCollectionLikeType()) return "a list of " + describe(type.getContentType());
        if (type.isMapLikeType()) return "a mapping of " + describe(type.getContentType());
        if (raw.isRecord()) return "a mapping of keys " + allowed(raw);
        return raw.getSimpleName();
    }

    private static String shown(JsonNode value) {
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static RecordComponent component(Class<?> type, String key) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(key)) {
                return c;
            }
        }
        return null;
    }

    public static String allowed(Class<?> type) {
        if (!type.isRecord()) {
            return "(none)";
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names.isEmpty() ? "(none: this plugin has no options)" : String.join(", ", names);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        return msg == null ? t.getClass().getSimpleName() : msg.split("\n")[0];
    }
}
