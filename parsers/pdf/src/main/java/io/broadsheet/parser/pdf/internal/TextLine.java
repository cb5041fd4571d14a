package io.broadsheet.parser.pdf.internal;

/**
 * Characters on one baseline that read as one run (a gutter or a column rule ends a run).
 *
 * @param text letter spacing removed: no space between CJK characters unless the page printed one
 * @param size the font size most of its characters have
 * @param bold most of its characters are bold
 */
public record TextLine(String text, Box box, double size, boolean bold, String font) {
}
