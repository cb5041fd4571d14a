package io.broadsheet.exporter.text.internal;

/** UTF-8 cannot encode a lone surrogate: it becomes U+FFFD, visibly, instead of a silent '?'. */
final class Utf16 {

    static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    static String replaceLoneSurrogates(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
