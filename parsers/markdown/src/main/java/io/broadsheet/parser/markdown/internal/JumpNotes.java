package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.text.ChineseNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The continuation notes exporters print where a format has no field for them: "（下转第3版）" at the
 * end of an article, "（上接第1版）" at its start, the page in Arabic or Chinese numerals.
 */
final class JumpNotes {

    private static final Pattern NOTE = Pattern.compile("[（(](下转|上接)第([0-9０-９一二三四五六七八九十百零〇两]+)版[）)]");

    private JumpNotes() {
    }

    /** Whether {@code paragraph} is exactly a "continued to page {@code page}" note. */
    static boolean isContinuedTo(String paragraph, int page) {
        return is(paragraph, "下转", page);
    }

    /** Whether {@code paragraph} is exactly a "continued from page {@code page}" note. */
    static boolean isContinuedFrom(String paragraph, int page) {
        return is(paragraph, "上接", page);
    }

    private static boolean is(String paragraph, String direction, int page) {
        Matcher m = NOTE.matcher(paragraph.strip());
        return m.matches() && m.group(1).equals(direction) && ChineseNumerals.parse(m.group(2)) == page;
    }
}
