package io.broadsheet.parser.pdf.internal;

/**
 * A paragraph, headline or picture on the page: what becomes one line of the laid-out page text.
 *
 * @param text  the lines joined (no space between CJK characters; one space between Latin words)
 * @param lines how many printed lines it spans (0 for a picture)
 */
public record LayoutBlock(String text, Box box, double size, boolean bold, int lines) {

    public static LayoutBlock picture(Box box) {
        return new LayoutBlock("", box, 0, false, 0);
    }

    public boolean isPicture() {
        return lines == 0;
    }
}
