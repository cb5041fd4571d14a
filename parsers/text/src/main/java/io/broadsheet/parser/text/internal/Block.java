package io.broadsheet.parser.text.internal;

/**
 * One non-blank line of a page: the unit the layout gives us (the extraction puts a blank line between
 * the blocks of a page).
 *
 * @param index       position among the page's blocks, from 0
 * @param line        1-based line number in the page
 * @param level       number of '#' markers the line carried (0: none); a hint, not truth
 * @param text        the text, markers removed, white space trimmed and runs of it folded to one space
 * @param blankBefore empty lines between this block and the previous one (lines of spaces count for at most one)
 * @param letterSpaced the extraction had letter-spaced it; {@code text} is without that spacing
 */
public record Block(int index, int line, int level, String text, int blankBefore, boolean letterSpaced) {

    public boolean marked() {
        return level > 0;
    }

    /** Length in characters (code points), the unit of every limit. */
    public int length() {
        return text.codePointCount(0, text.length());
    }
}
