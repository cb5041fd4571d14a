package io.broadsheet.examples.atom.internal;

/**
 * Makes any Java string safe to write as XML 1.0 text or attribute value. The StAX writer escapes
 * markup ({@code < & >}, and {@code "} in attributes) but writes every other character as it is, so a control character or a
 * lone surrogate from a hostile input would make the whole feed unreadable: those are dropped here.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * {@code s} without what XML 1.0 forbids (C0 controls but tab and line feed, lone surrogates,
     * U+FFFE and U+FFFF) or discourages (C1 controls, noncharacters); CR and CRLF become LF, which is
     * what an XML parser would make of them anyway. Null becomes the empty string.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            int cp = pair ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
            boolean keep = allowed(cp);
            if (out == null && (!keep || c == '\r')) {
                // Copy lazily: most text is clean and is returned as it is.
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (keep && out != null) {
                out.appendCodePoint(cp);
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether anything visible is left once the characters XML cannot carry are gone. */
    public static boolean hasText(String s) {
        return s != null && !clean(s).isBlank();
    }

    static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
    }
}
