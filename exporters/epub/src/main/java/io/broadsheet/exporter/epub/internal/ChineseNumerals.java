package io.broadsheet.exporter.epub.internal;

/** Page numbers as a Chinese newspaper prints them in jump notes and page names: 3 → 三, 12 → 十二. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    private ChineseNumerals() {
    }

    /** 1 to 9999 in Chinese numerals; any other number in Arabic digits. */
    static String of(int n) {
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
            // 10-19 are read 十, 十一 … not 一十, 一十一.
            if (!(d == 1 && unit == 1 && out.length() == 0)) {
                out.append(DIGITS.charAt(d));
            }
            out.append(UNITS[unit]);
        }
        return out.toString();
    }

    /** "第三版". */
    static String page(int n) {
        return "第" + of(n) + "版";
    }
}
