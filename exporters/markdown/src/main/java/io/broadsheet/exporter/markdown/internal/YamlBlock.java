package io.broadsheet.exporter.markdown.internal;

import java.util.List;
import java.util.Map;

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

    /** The block between {@code ---} lines, or nothing when no key was written. */
    String toFrontMatter() {
        return out.isEmpty() ? "" : "---\n" + out + "---\n";
    }
}
