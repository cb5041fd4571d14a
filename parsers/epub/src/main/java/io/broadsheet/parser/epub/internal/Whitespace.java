package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.text.Cjk;

/**
 * Normalises the white space of third-party XHTML text: each run becomes one space, except a run that
 * holds a line break between two CJK characters, which disappears (a Chinese line joined by the
 * typesetter never had a space). The result is trimmed.
 */
final class Whitespace {

    private Whitespace() {
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean lineBreak = false;
            int start = i;
            while (i < n && isSpace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
                i++;
            }
            boolean between = start > 0 && i < n && Cjk.isCjk(text.codePointBefore(start)) && Cjk.isCjk(text.codePointAt(i));
            if (!(lineBreak && between)) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
    }
}
