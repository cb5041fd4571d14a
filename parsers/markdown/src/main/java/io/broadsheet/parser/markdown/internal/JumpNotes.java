package io.broadsheet.parser.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The continuation notes exporters print where a format has no field for them: "（下转第3版）" at the
 * end of an article, "（上接第1版）" at its start, the page in Arabic or Chinese numerals.
 */
final class JumpNotes {

    private static final Pattern NOTE = Pattern.compile("[（(](下转|上接)第([0-9０-９一二三四五六七八九十百零〇两]+)版[）)]");
    private static final String DIGITS = "零一二三四五六七八九";

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
        return m.matches() && m.group(1).equals(direction) && number(m.group(2)) == page;
    }

    /** 3, ３, 三, 十二, 二十, 一百零五; -1 when not a number. */
    static int number(String text) {
        String ascii = text.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (ascii.chars().allMatch(Character::isDigit)) {
            return ascii.length() > 6 ? -1 : Integer.parseInt(ascii);
        }
        int total = 0;
        int digit = 0;
        for (char c : ascii.replace('〇', '零').replace('两', '二').toCharArray()) {
            if (c == '百') {
                total += Math.max(digit, 1) * 100;
                digit = 0;
            } else if (c == '十') {
                total += Math.max(digit, 1) * 10;
                digit = 0;
            } else if (DIGITS.indexOf(c) >= 0) {
                digit = DIGITS.indexOf(c);
            } else {
                return -1;
            }
        }
        return total + digit;
    }
}
