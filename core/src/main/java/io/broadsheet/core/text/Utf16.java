package io.broadsheet.core.text;

/**
 * Text in UTF-16 that must become UTF-8. UTF-8 cannot encode a lone surrogate (one half of a pair, as
 * hostile or truncated input has): it becomes U+FFFD, visibly, instead of the silent '?' an encoder writes.
 */
public final class Utf16 {

    /** U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    /** {@code s} with every lone surrogate replaced by {@link #REPLACEMENT}; {@code s} itself when it has none. */
    public static String replaceLoneSurrogates(String s) {
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
