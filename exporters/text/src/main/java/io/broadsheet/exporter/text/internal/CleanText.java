package io.broadsheet.exporter.text.internal;

import io.broadsheet.core.text.Utf16;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes model text clean plain text: every line-break convention (CR LF, CR, NEL, U+2028, U+2029)
 * becomes LF, tabs become spaces, other control characters and U+FEFF are removed, lone surrogates
 * become U+FFFD; each line is stripped of outer whitespace and empty lines are dropped, so a block never
 * contains a blank line (blank lines separate blocks).
 */
final class CleanText {

    private CleanText() {
    }

    /** The non-empty lines of {@code text}; empty when there is nothing to print. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        String s = Utf16.replaceLoneSurrogates(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                addLine(lines, line);
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t') {
                line.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                line.append(c);
            }
        }
        addLine(lines, line);
        return lines;
    }

    private static void addLine(List<String> lines, StringBuilder line) {
        String stripped = line.toString().strip();
        if (!stripped.isEmpty()) {
            lines.add(stripped);
        }
        line.setLength(0);
    }
}
