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
        return c == ' ' || c == '\t' || c == '\u200B' || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }
}
