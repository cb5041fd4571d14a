package io.broadsheet.parser.csv.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edition date (yyyy-MM-dd) at the start of a date or date-time value. */
final class Dates {

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");

    private Dates() {
    }

    /** "2017-08-30T01:37:56+08:00" gives "2017-08-30"; null when the value does not start with a date. */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_START.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return m.group(1) + "-" + two(month) + "-" + two(day);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
