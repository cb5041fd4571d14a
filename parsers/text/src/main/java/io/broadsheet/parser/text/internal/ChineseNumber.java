package io.broadsheet.parser.text.internal;

/** Small Chinese numerals as printed in page numbers ("三", "十二", "二十"): 1 to 99. */
final class ChineseNumber {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value of {@code printed}, or null when it is not a numeral from 1 to 99. */
    static Integer parse(String printed) {
        String s = printed.replace('两', '二').replace('零', '〇');
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
