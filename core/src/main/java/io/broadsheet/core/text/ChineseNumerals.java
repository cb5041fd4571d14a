package io.broadsheet.core.text;

/**
 * Numbers as a Chinese newspaper prints them, chiefly page numbers: 3 ↔ 三, 12 ↔ 十二, 105 ↔ 一百零五. Both
 * directions live here so that what an exporter writes is what a parser reads back.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    private ChineseNumerals() {
    }

    /** 1 to 9999 in Chinese numerals (10 to 19 as 十, 十一 …, not 一十); any other number in Arabic digits. */
    public static String of(int n) {
        if (n < 1 || n > 9999) {
            return Integer.toString(n);
        }
        String digits = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            boolean leadingTen = d == 1 && unit == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(DIGITS.charAt(d));
            }
            out.append(UNITS[unit]);
        }
        return out.toString();
    }

    /**
     * A number written in Arabic digits (half- or full-width, at most six) or in Chinese numerals up to the
     * hundreds (3, ３, 三, 十二, 二十, 一百零五; 〇 and 两 accepted); -1 when {@code text} is not one. Lenient:
     * "二二" reads as 2, as the readers of continuation notes always took it.
     */
    public static int parse(String text) {
        String ascii = text.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (ascii.isEmpty()) {
            return -1;
        }
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

    /**
     * A Chinese numeral from 1 to 99 in its regular form only ("三", "十二", "二十", "一十二"; 两 and 零 accepted),
     * or null: the strict reading the page parser uses for page numbers in raw text, where "二二" or "三百" is
     * more likely noise than a page.
     */
    public static Integer parseBelowHundred(String printed) {
        String s = printed.replace('两', '二').replace('〇', '零');
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 && digit(s.charAt(0)) > 0 ? digit(s.charAt(0)) : null;
        }
        if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
            return null;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int units = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        if (tens < 1 || units < 0) {
            return null;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return DIGITS.indexOf(c);
    }
}
