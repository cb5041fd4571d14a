package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Field extraction for a headline block: which line is the column label, the over-title (kicker),
 * the title and the subtitles. Bracketed lines are column labels; a line ending in "——" leads into
 * the title (kicker); lines starting with "——" and lines under the title are subtitles; a title
 * printed with its subtitle on one line ("X——Y") is split at the dash. Where '#' markers set one
 * line apart (fewest markers), it is the title; otherwise the title is the first plain line, unless a
 * column rubric stands above it ("新时代 新征程 新伟业" over "开栏的话").
 */
public final class HeadlineRoles {

    /** The roles of a headline block; column and kicker may be null, title is null only for an empty block. */
    public record Roles(String column, String kicker, String title, List<String> subtitles, List<Doubt> doubts) {
    }

    private enum Shape { PLAIN, KICKER, SUBTITLE }

    private record Line(Classified source, String text, Shape shape, int level) {
    }

    private HeadlineRoles() {
    }

    public static Roles assign(List<Classified> headline, Rules rules, Trace trace) {
        List<String> column = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Classified c : headline) {
            BlockFeatures f = c.features();
            if (f.label() != null && lines.isEmpty()) {
                column.add(f.label());
                trace.refine(c.block(), "column", "bracketed-label");
            } else if (f.innerDash()) {
                int dash = c.text().indexOf(FeatureExtractor.DASH, 1);
                lines.add(new Line(c, c.text().substring(0, dash).trim(), Shape.PLAIN, c.block().level()));
                lines.add(new Line(c, c.text().substring(dash).trim(), Shape.SUBTITLE, c.block().level()));
            } else {
                Shape shape = f.dashStart() ? Shape.SUBTITLE : f.dashEnd() ? Shape.KICKER : Shape.PLAIN;
                Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (shape == Shape.PLAIN && continuesLine(previous, c, rules)) {
                    lines.set(lines.size() - 1, new Line(previous.source(), previous.text() + c.text(), Shape.PLAIN, previous.level()));
                    trace.refine(c.block(), "title", "continues-line-above");
                } else {
                    lines.add(new Line(c, c.text(), shape, c.block().level()));
                }
            }
        }
        if (lines.isEmpty()) {
            return new Roles(null, null, column.isEmpty() ? null : String.join(" ", column), List.of(), List.of());
        }
        int t = titleIndex(lines, rules);
        Line title = lines.get(t);
        String titleRule = titleRule(lines, t);
        trace.refine(title.source().block(), "title", titleRule);
        List<Doubt> doubts = new ArrayList<>();
        if (titleRule.equals("first-plain-line") && t + 1 < lines.size() && lines.get(t + 1).shape() == Shape.PLAIN) {
            doubts.add(new Doubt("first-plain-line", Doubt.quote(lines.get(t + 1).text()) + " could be the title, "
                    + Doubt.quote(title.text()) + " its kicker", 0.2));
        }
        String kicker = null;
        List<Line> above = lines.subList(0, t);
        if (!above.isEmpty()) {
            Line last = above.get(above.size() - 1);
            boolean rubricOnly = last.shape() != Shape.KICKER && above.stream().allMatch(l -> columnLike(l, rules));
            if (rubricOnly) {
                above.forEach(l -> column.add(l.text()));
                above.forEach(l -> trace.refine(l.source().block(), "column", "rubric-above-title"));
            } else {
                kicker = last.text();
                trace.refine(last.source().block(), "kicker", last.shape() == Shape.KICKER ? "ends-with-dash" : "line-above-title");
                for (Line l : above.subList(0, above.size() - 1)) {
                    column.add(l.text());
                    trace.refine(l.source().block(), "column", "line-above-kicker");
                }
            }
        }
        List<String> subtitles = new ArrayList<>();
        for (Line l : lines.subList(t + 1, lines.size())) {
            subtitles.add(l.text());
            if (l.source() != title.source()) {
                trace.refine(l.source().block(), "subtitle", l.shape() == Shape.SUBTITLE ? "starts-with-dash" : "line-under-title");
            }
        }
        return new Roles(column.isEmpty() ? null : String.join(" ", column), kicker, title.text(), subtitles, doubts);
    }

    /**
     * A title printed over two lines: the line right under a plain line (no blank line, same markers)
     * when that line stops on a word that leads on ("打造具有国际竞争力的" / "先进制造业集群").
     */
    private static boolean continuesLine(Line previous, Classified c, Rules rules) {
        return previous != null && previous.shape() == Shape.PLAIN && previous.source() != c
                && previous.source().block().index() + 1 == c.block().index() && c.block().blankBefore() == 0
                && previous.level() == c.block().level() && rules.danglingEnd(previous.text())
                && length(previous.text()) + c.block().length() <= rules.limits.maxHeadline();
    }

    private static boolean columnLike(Line l, Rules rules) {
        return rules.shapes.rubric(l.text()) || l.text().codePointCount(0, l.text().length()) <= rules.limits.maxRubricWord();
    }

    private static int titleIndex(List<Line> lines, Rules rules) {
        int marked = uniqueShallowest(lines);
        if (marked >= 0) {
            return marked;
        }
        int lastKicker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).shape() == Shape.KICKER) {
                lastKicker = i;
            }
        }
        if (lastKicker >= 0) {
            for (int i = lastKicker + 1; i < lines.size(); i++) {
                if (lines.get(i).shape() == Shape.PLAIN) {
                    return i;
                }
            }
            return lastKicker;
        }
        // A subtitle starting with "——" is printed right under the title.
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).shape() == Shape.SUBTITLE && lines.get(i - 1).shape() == Shape.PLAIN
                    && lines.get(i - 1).source() != lines.get(i).source()) {
                return i - 1;
            }
        }
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).shape() == Shape.PLAIN) {
                plain.add(i);
            }
        }
        if (plain.isEmpty()) {
            return 0;
        }
        if (plain.size() >= 2) {
            String first = lines.get(plain.get(0)).text();
            String second = lines.get(plain.get(1)).text();
            int max = rules.limits.maxRubricWord();
            if (rules.shapes.columnOpener(second)) {
                return plain.get(1);
            }
            if (plain.size() >= 3 && length(first) <= max && length(second) <= max) {
                return plain.get(2);
            }
            if (rules.shapes.rubric(first) && length(second) < length(first)) {
                return plain.get(1);
            }
        }
        return plain.get(0);
    }

    /** The plain line with strictly fewer '#' markers than every other line, or -1. */
    private static int uniqueShallowest(List<Line> lines) {
        int best = -1;
        boolean unique = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.level() == 0 || l.shape() != Shape.PLAIN) {
                continue;
            }
            if (best < 0 || l.level() < lines.get(best).level()) {
                best = i;
                unique = true;
            } else if (l.level() == lines.get(best).level() && l.source() != lines.get(best).source()) {
                unique = false;
            }
        }
        return unique && lines.size() > 1 ? best : -1;
    }

    private static String titleRule(List<Line> lines, int t) {
        if (lines.size() == 1) {
            return "only-headline-line";
        }
        if (uniqueShallowest(lines) == t) {
            return "fewest-markers";
        }
        if (t > 0 && lines.get(t - 1).shape() == Shape.KICKER) {
            return "line-after-kicker";
        }
        if (t + 1 < lines.size() && lines.get(t + 1).shape() == Shape.SUBTITLE) {
            return "line-above-dash-subtitle";
        }
        return t == 0 ? "first-plain-line" : "line-under-column-rubric";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
