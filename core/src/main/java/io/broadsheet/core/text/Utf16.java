package io.broadsheet.core.text;

/**
 * Java strings are UTF-16: a character outside the Basic Multilingual Plane (𠀋, 😀) is a surrogate pair
 * of two {@code char}s, which neither a cut nor an encoder may split.
 */
public final class Utf16 {

    /** U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    /**
     * At most {@code maxCodePoints} code points of {@code s}, the last of them an ellipsis "…" when it is cut;
     * never splits a surrogate pair.
     */
    public static String truncate(String s, int maxCodePoints) {
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    /**
     * UTF-8 cannot encode a lone surrogate (one half of a pair, as hostile or cut input has): it becomes
     * U+FFFD, visibly, instead of the silent '?' an encoder writes.
     *
     * @return {@code s} with every lone surrogate replaced by {@link #REPLACEMENT}; {@code s} itself when it has none. */
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
