package io.broadsheet.exporter.epub.internal;

/**
 * Makes any Java string safe for XML 1.0 content and attributes. Input text comes from real archives
 * and from hostile generators alike, so nothing is assumed: characters XML cannot carry (C0 controls
 * other than tab and newline, C1 controls, lone surrogates, noncharacters) are dropped, line breaks are
 * normalised to LF, and markup characters are escaped.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code s} without the characters an XHTML document must not contain; null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int first = 0;
        while (first < n && plain(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return s; // the usual case: nothing to drop or normalise, so no copy
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                if (!isNonCharacter(cp)) {
                    out.appendCodePoint(cp);
                }
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Allowed and kept as is, decided cheaply: printable ASCII, tab, LF, and the BMP below the surrogates. */
    private static boolean plain(char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || (c >= 0xA0 && c < 0xD800);
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        // C0 and C1 controls are invalid (or discouraged) in XML and render as nothing useful anyway.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return !Character.isSurrogate(c) && !isNonCharacter(c);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Appends {@code s}, cleaned and escaped for element content. */
    static void appendText(StringBuilder out, String s) {
        String clean = clean(s);
        int plain = 0; // start of the characters not yet copied: runs without markup are copied at once
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c != '&' && c != '<' && c != '>') {
                continue;
            }
            out.append(clean, plain, i).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
            plain = i + 1;
        }
        out.append(clean, plain, clean.length());
    }

    /** Appends {@code s}, cleaned and escaped for a double-quoted attribute (white space kept as is). */
    static void appendAttribute(StringBuilder out, String s) {
        String clean = clean(s);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                // Attribute-value normalisation would turn these into spaces: keep them as references.
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                default -> out.append(c);
            }
        }
    }

    /** {@code s} cleaned, with every run of white space made one space and the ends trimmed. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        return clean(s).replaceAll("[\\s\\u2028\\u2029\\u3000]+", " ").strip();
    }
}
