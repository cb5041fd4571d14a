package io.broadsheet.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edition date (yyyy-MM-dd) that parsers read from a date or date-time value, or from a file name. */
public final class Dates {

    private static final Pattern LENIENT_START = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");
    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    private static final Pattern JEKYLL_NAME = Pattern.compile("(?:^|.*[_.])(\\d{4}-\\d{2}-\\d{2})-[^/]+");

    private Dates() {
    }

    /**
     * "2017-08-30T01:37:56+08:00", "2017/8/30" and "2017.08.30 10:00" give "2017-08-30"; null when the value
     * (stripped) does not start with a date whose month is 1 to 12 and day 1 to 31.
     */
    public static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LENIENT_START.matcher(value.strip());
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

    /**
     * The yyyy-MM-dd a value starts with, exactly as written and unchecked ("2017-08-30T01:37Z" gives
     * "2017-08-30"), as W3C date-times such as an EPUB's {@code dc:date} write it; null for any other form.
     */
    public static String isoDatePrefix(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_START.matcher(value.strip());
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    /**
     * "2017-07-26-farewell-flash.md" gives "2017-07-26" (Jekyll takes a post's date from its name); a
     * prefix ending in "_" or "." is allowed, as collections often rename files ("blog_2017-07-26-x.md").
     */
    public static String fromFileName(String fileName) {
        Matcher m = JEKYLL_NAME.matcher(fileName);
        return m.matches() ? isoDate(m.group(1)) : null;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
