package io.broadsheet.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The continuation notes a newspaper prints where an article jumps pages: "（下转第三版）" at the end of the
 * part that continues, "（上接第一版）" at the start of the part that follows. Exporters write them where a
 * format has no field for a jump; parsers recognise them to drop them again.
 */
public final class JumpNotes {

    private static final Pattern NOTE = Pattern.compile("[（(](下转|上接)第(" + PageLabels.NUMBER + ")版[）)]");

    private JumpNotes() {
    }

    /** "（下转第三版）": the article continues on {@code page}. */
    public static String continuedTo(int page) {
        return "（下转" + PageLabels.page(page) + "）";
    }

    /** "（上接第一版）": the article continues from {@code page}. */
    public static String continuedFrom(int page) {
        return "（上接" + PageLabels.page(page) + "）";
    }

    /**
     * Whether {@code paragraph}, stripped, is exactly a "continued to page {@code page}" note, in full- or
     * half-width brackets, the page in Arabic or Chinese numerals.
     */
    public static boolean isContinuedTo(String paragraph, int page) {
        return is(paragraph, "下转", page);
    }

    /** Whether {@code paragraph}, stripped, is exactly a "continued from page {@code page}" note. */
    public static boolean isContinuedFrom(String paragraph, int page) {
        return is(paragraph, "上接", page);
    }

    private static boolean is(String paragraph, String direction, int page) {
        Matcher m = NOTE.matcher(paragraph.strip());
        return m.matches() && m.group(1).equals(direction) && ChineseNumerals.parse(m.group(2)) == page;
    }
}
