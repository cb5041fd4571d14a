package io.broadsheet.exporter.markdown.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a YAML front matter block key by key, leaving out null and empty values. */
final class YamlBlock {

    private final StringBuilder out = new StringBuilder(512);

    YamlBlock string(String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(key).append(": ").append(YamlScalars.quoted(value)).append('\n');
        }
        return this;
    }

    YamlBlock integer(String key, Integer value) {
        if (value != null) {
            out.append(key).append(": ").append(value.intValue()).append('\n');
        }
        return this;
    }

    YamlBlock list(String key, List<String> values) {
        if (!values.isEmpty()) {
            out.append(key).append(":\n");
            for (String v : values) {
                out.append("  - ").append(v == null ? "null" : YamlScalars.quoted(v)).append('\n');
            }
        }
        return this;
    }

    /** The map's own order is kept: the model's metadata map is sorted. */
    YamlBlock map(String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            out.append(key).append(":\n");
            for (Map.Entry<String, String> e : values.entrySet()) {
                String v = e.getValue();
                out.append("  ").append(YamlScalars.key(e.getKey())).append(": ")
                        .append(v == null ? "null" : YamlScalars.quoted(v)).append('\n');
            }
        }
        return this;
    }

    /** A typed value in flow style, which YAML reads back with its type: {@code draft: false}, {@code tags: ["a", "b"]}. */
    YamlBlock typed(String key, Object value) {
        if (value != null) {
            out.append(YamlScalars.key(key)).append(": ").append(flow(value)).append('\n');
        }
        return this;
    }

    private static String flow(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlBlock::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> YamlScalars.quoted(String.valueOf(e.getKey())) + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return YamlScalars.quoted(value.toString());
    }

    /** The block between {@code ---} lines, or nothing when no key was written. */
    String toFrontMatter() {
        return out.isEmpty() ? "" : "---\n" + out + "---\n";
    }
}
