package io.broadsheet.core.text;

/** How a newspaper names a page: "第三版" (page 3), as in jump notes and a book's table of contents. */
public final class PageLabels {

    private PageLabels() {
    }

    /** "第三版" for 3; a page outside 1 to 9999 keeps its Arabic digits ("第0版"). */
    public static String page(int n) {
        return "第" + ChineseNumerals.of(n) + "版";
    }
}
