package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.text.Cjk;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text of third-party posts: Hugo shortcodes ({@code {{< … >}}}, {@code {{% … %}}}) and heading
 * attributes ({@code {#id}}) are dropped, lines are trimmed and joined. Chinese joins never add a
 * space; a space is added only between two non-CJK characters.
 */
final class LooseText {

    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].*?[%>]}}");
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile("\\s*\\{[#.][^}]*}\\s*$");

    private LooseText() {
    }

    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = SHORTCODE.matcher(raw).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isCjk(out.codePointBefore(out.length())) && !isCjk(line.codePointAt(0))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    static String heading(List<String> lines) {
        return HEADING_ATTRIBUTES.matcher(join(lines)).replaceAll("");
    }

    /** Core's CJK, and the dashes, ellipses and quotes Chinese text sets in full width though they are not. */
    static boolean isCjk(int codePoint) {
        return Cjk.isCjk(codePoint) || codePoint == '—' || codePoint == '…' || codePoint == '“' || codePoint == '”';
    }
}
