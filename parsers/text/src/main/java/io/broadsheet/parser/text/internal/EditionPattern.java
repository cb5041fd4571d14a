package io.broadsheet.parser.text.internal;

import io.broadsheet.core.model.Edition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the edition of a page from its path inside the archive, e.g. {@code {publication}/{yyyy-MM-dd}/{page}.txt}.
 * Placeholders: {@code {publication}} (one path segment), {@code {page}} (digits, optionally after
 * letters: "A03" is page 3), {@code {yyyy}}, {@code {MM}}, {@code {dd}} in any arrangement such as
 * {@code {yyyy-MM-dd}} or {@code {yyyyMMdd}}, and {@code {*}} (anything within a segment). The
 * pattern matches the end of the path, so leading folders need not be spelled out.
 */
public final class EditionPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final Pattern regex;

    private EditionPattern(Pattern regex) {
        this.regex = regex;
    }

    /** Throws {@link IllegalArgumentException} naming the placeholder an operator got wrong. */
    public static EditionPattern compile(String pattern) {
        StringBuilder out = new StringBuilder("(?:^|.*/)");
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        boolean any = false;
        while (m.find()) {
            out.append(Pattern.quote(pattern.substring(last, m.start())));
            out.append(placeholder(m.group(1), pattern));
            last = m.end();
            any = true;
        }
        out.append(Pattern.quote(pattern.substring(last))).append('$');
        if (!any) {
            throw new IllegalArgumentException("pathPattern '" + pattern + "' has no placeholder such as {page}");
        }
        return new EditionPattern(Pattern.compile(out.toString()));
    }

    private static String placeholder(String name, String pattern) {
        switch (name) {
            case "publication":
                return "(?<publication>[^/]+?)";
            case "page":
                return "[A-Za-z]{0,3}0*(?<page>\\d{1,4})";
            case "*":
                return "[^/]*?";
            default:
                break;
        }
        if (!name.isEmpty() && name.matches("[yMd\\-_.]+") && name.contains("yyyy") && name.contains("MM")
                && name.contains("dd")) {
            return name.replace("yyyy", "(?<year>\\d{4})").replace("MM", "(?<month>\\d{2})")
                    .replace("dd", "(?<day>\\d{2})").replace(".", "\\.");
        }
        throw new IllegalArgumentException("pathPattern '" + pattern + "': unknown placeholder {" + name
                + "}; known: {publication}, {page}, {*} and dates such as {yyyy-MM-dd} or {yyyyMMdd}");
    }

    /** The edition read from {@code path}, or {@link Edition#UNKNOWN} when the path does not fit. */
    public Edition read(String path) {
        Matcher m = regex.matcher(path);
        if (!m.matches()) {
            return Edition.UNKNOWN;
        }
        String publication = group(m, "publication");
        String page = group(m, "page");
        String date = null;
        if (group(m, "year") != null) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                        Integer.parseInt(m.group("day"))).toString();
            } catch (DateTimeException e) {
                date = null;
            }
        }
        return new Edition(publication, date, page == null ? null : Integer.valueOf(page));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
