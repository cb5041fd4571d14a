package io.broadsheet.parser.text;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page rewritten the way other extraction tools print it. The gold of the page stays valid for every
 * mutation: the scorer ignores white space and the width of punctuation, and '#' markers are hints.
 * Mutations that touch headline lines find them through the page's gold headlines (title, kicker,
 * subtitles, section headings, rubric), so that the rewriting never depends on the parser's own rules.
 */
enum PageMutations {
    NO_BLANK_LINES((page, headlines) -> page.replaceAll("(?m)^[ \\t\\u00a0\\u3000]*\\n", "")),
    NO_MARKERS((page, headlines) -> page.replaceAll("(?m)^#{1,6} +", "")),
    ONE_MARKER_LEVEL((page, headlines) -> page.replaceAll("(?m)^#{1,6} +", "## ")),
    MARKERS_ONE_DEEPER((page, headlines) -> page.replaceAll("(?m)^(#{1,5}) ", "$1# ")),
    MARKERS_ON_HEADLINES((page, headlines) -> onHeadlineLines(page, headlines, line -> line.startsWith("#") ? line : "## " + line)),
    LETTER_SPACED_HEADLINES((page, headlines) -> onHeadlineLines(page, headlines, PageMutations::letterSpaced)),
    NO_BREAK_SPACES((page, headlines) -> spaces(page, '\u00a0')),
    IDEOGRAPHIC_SPACES((page, headlines) -> spaces(page, '\u3000')),
    FULL_WIDTH_PUNCTUATION((page, headlines) -> translate(page, ",;:?!()", "，；：？！（）")),
    HALF_WIDTH_PUNCTUATION((page, headlines) -> translate(page, "，；：？！（）", ",;:?!()"));

    private static final Pattern LINE = Pattern.compile("(?m)^(.*)$");
    private static final Pattern MARKERS = Pattern.compile("^(#{1,6} +)?(.*)$");

    private final BiFunction<String, Set<String>, String> rewrite;

    PageMutations(BiFunction<String, Set<String>, String> rewrite) {
        this.rewrite = rewrite;
    }

    /** The name of the mutation in the score table, e.g. "no-blank-lines". */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The page as this tool prints it; {@code headlines} are the gold headlines in {@link #key} form. */
    String apply(String page, Set<String> headlines) {
        return rewrite.apply(page, headlines);
    }

    /** A line's text without any kind of space, to compare it with a gold headline. */
    static String key(String s) {
        return s == null ? "" : s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A headline line is one whose text is a gold headline, or a part of one printed over two lines. */
    private static boolean isHeadline(String text, Set<String> headlines) {
        String k = key(text);
        if (k.length() < 2) {
            return false;
        }
        return headlines.contains(k) || headlines.stream().anyMatch(h -> h.length() > k.length() && (h.startsWith(k) || h.endsWith(k)));
    }

    private static String onHeadlineLines(String page, Set<String> headlines, java.util.function.UnaryOperator<String> change) {
        Matcher m = LINE.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String line = m.group(1);
            Matcher parts = MARKERS.matcher(line);
            parts.matches();
            String text = parts.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(isHeadline(text, headlines) ? change.apply(line) : line));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Letter spacing as PDF extraction prints a justified headline: one space between characters. */
    private static String letterSpaced(String line) {
        Matcher parts = MARKERS.matcher(line);
        parts.matches();
        String marker = parts.group(1) == null ? "" : parts.group(1);
        String text = key(parts.group(2));
        return marker + text.codePoints().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }

    /** Every ordinary space becomes {@code space}, except the one ending a '#' marker (a marker is markup). */
    private static String spaces(String page, char space) {
        Matcher m = LINE.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher parts = MARKERS.matcher(m.group(1));
            parts.matches();
            String marker = parts.group(1) == null ? "" : parts.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(marker + parts.group(2).replace(' ', space)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String translate(String page, String from, String to) {
        StringBuilder out = new StringBuilder(page.length());
        page.codePoints().forEach(c -> {
            int k = from.indexOf(c);
            out.appendCodePoint(k >= 0 ? to.charAt(k) : c);
        });
        return out.toString();
    }
}
