package io.broadsheet.parser.text.internal;

/**
 * What counts as a space on a page: every Unicode space, not only what Java's {@code \s} matches
 * (U+00A0, U+3000, U+2000–U+200A, U+202F, U+205F...), plus the zero-width space extraction leaves.
 * Blocks fold them all to one ASCII space when they are read, so no later rule needs to know them.
 */
final class Spaces {

    private Spaces() {
    }

    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        if (c > '\u3000' && c < '\uFEFF') {
            return false; // Chinese text: no Unicode space lies between U+3001 and U+FEFE (a fast path)
        }
        return c == '\u200B' || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }
}
