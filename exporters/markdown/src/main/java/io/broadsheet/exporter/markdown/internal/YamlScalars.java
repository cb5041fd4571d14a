package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.text.Utf16;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAML scalars that every YAML 1.1 and 1.2 reader (Jekyll's Psych, Hugo's go-yaml, pandoc, SnakeYAML)
 * reads back as the same string: values are always double-quoted, with JSON-like escapes for quotes,
 * backslashes and every character YAML does not allow raw or would take as a line break.
 */
final class YamlScalars {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Plain words YAML 1.1 reads as booleans or null: such keys are quoted. */
    private static final Set<String> RESERVED = Set.of(
            "y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlScalars() {
    }

    static String quoted(String value) {
        String s = Utf16.replaceLoneSurrogates(value);
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A mapping key: plain when it is a simple identifier YAML cannot misread, quoted otherwise. */
    static String key(String key) {
        boolean plain = PLAIN_KEY.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT));
        return plain ? key : quoted(key);
    }

    /** Controls, NEL and the Unicode line/paragraph separators (line breaks in YAML 1.1), BOM, non-characters. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
