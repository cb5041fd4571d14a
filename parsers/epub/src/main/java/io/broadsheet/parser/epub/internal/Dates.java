package io.broadsheet.parser.epub.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edition date (yyyy-MM-dd) at the start of a date or date-time value such as {@code dc:date}. */
final class Dates {

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");

    private Dates() {
    }

    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_START.matcher(value.strip());
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }
}
