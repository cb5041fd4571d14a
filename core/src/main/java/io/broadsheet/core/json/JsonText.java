package io.broadsheet.core.json;

/**
 * Writes JSON strings exactly: quotes, backslashes, control characters, U+2028/U+2029 and unpaired
 * surrogates are escaped, everything else is written as is (UTF-8 Chinese stays readable).
 */
final class JsonText {

    private JsonText() {
    }

    static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plain = 0; // start of the characters not yet copied: runs that need no escape are copied at once
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < '\u2028') {
                continue;
            }
            if (c > '\u2029' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                // Controls, U+2028/U+2029 and unpaired surrogates (which UTF-8 cannot encode: escaped, they
                // survive the round trip).
                default -> unicodeEscape(out, c);
            }
        }
        out.append(s, plain, n);
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }
}
