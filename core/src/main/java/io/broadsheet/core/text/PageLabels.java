package io.broadsheet.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a newspaper names a page: "第三版" (page 3), as in jump notes and a book's table of contents. */
public final class PageLabels {

    /** A page number as printed in a label: Arabic digits of either width or Chinese numerals. */
    static final String NUMBER = "[0-9０-９一二三四五六七八九十百零〇两]+";

    private static final Pattern LABEL = Pattern.compile("第(" + NUMBER + ")版");

    private PageLabels() {
    }

    /** "第三版" for 3; a page outside 1 to 9999 keeps its Arabic digits ("第0版"). */
    public static String page(int n) {
        return "第" + ChineseNumerals.of(n) + "版";
    }

    /** The page of the first label in {@code text} ("见第3版", "（下转第十二版）"), or -1 when it has none. */
    public static int pageIn(String text) {
        Matcher m = LABEL.matcher(text);
        return m.find() ? ChineseNumerals.parse(m.group(1)) : -1;
    }
}
