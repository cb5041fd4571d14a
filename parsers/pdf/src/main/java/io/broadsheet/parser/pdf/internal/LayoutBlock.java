package io.broadsheet.parser.pdf.internal;

/**
 * A paragraph, headline or picture on the page: what becomes one line of the laid-out page text.
 *
 * @param text      the lines joined (no space between CJK characters; one space between Latin words)
 * @param box       where it is printed (for a paragraph carried into the next column: its first part)
 * @param lines     how many printed lines it spans (0 for a picture)
 * @param carriedTo where a paragraph carried into the next column goes on, else null
 */
public record LayoutBlock(String text, Box box, double size, boolean bold, int lines, Box carriedTo) {

    public LayoutBlock(String text, Box box, double size, boolean bold, int lines) {
        this(text, box, size, bold, lines, null);
    }

    public static LayoutBlock picture(Box box) {
        return new LayoutBlock("", box, 0, false, 0);
    }

    public boolean isPicture() {
        return lines == 0;
    }
}
