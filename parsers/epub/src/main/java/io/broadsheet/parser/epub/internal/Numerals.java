package io.broadsheet.parser.epub.internal;

/** Page numbers as printed in continuation notes: 3, ３, 三, 十二, 二十, 一百零五. */
final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The number, or -1 when {@code text} is not one. */
    static int parse(String text) {
        String ascii = text.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!ascii.isEmpty() && ascii.chars().allMatch(Character::isDigit)) {
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
        return ascii.isEmpty() ? -1 : total + digit;
    }
}
