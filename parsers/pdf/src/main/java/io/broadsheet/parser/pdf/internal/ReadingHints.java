package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Role hints from typography and position: the body size (the size most characters have), headlines
 * from size relative to it (levels within each run of adjacent headline blocks), section headings from
 * weight, small print, pictures, and page furniture from the bands above the header rule and below the
 * footer rule (or the page's outer margins when no rule is drawn).
 */
final class ReadingHints {

    /** Text this much larger than the body is a headline. */
    static final double HEADLINE_RATIO = 1.3;
    private static final double SMALL_RATIO = 0.92;
    private static final int MAX_HEADING = 20;
    /** Furniture bands when the page draws no header or footer rule (fractions of the page height). */
    private static final double TOP_BAND = 0.06;
    private static final double BOTTOM_BAND = 0.05;
    /** A header or footer rule lies within this fraction of the page's top or bottom. */
    private static final double RULE_BAND = 0.2;

    private ReadingHints() {
    }

    static double bodySize(List<TextLine> lines) {
        Map<Double, Integer> chars = new HashMap<>();
        for (TextLine l : lines) {
            chars.merge(l.size(), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(10.0);
    }

    /** The blocks (in reading order) with their hints; furniture first decided by position. */
    static List<Hint> hints(List<LayoutBlock> ordered, double bodySize, List<Box> rules, double pageWidth, double pageHeight) {
        double headerLine = pageHeight * TOP_BAND;
        double footerLine = pageHeight * (1 - BOTTOM_BAND);
        for (Box r : rules) {
            if (r.height() < r.width() && r.width() >= 0.6 * pageWidth) {
                if (r.y1() <= pageHeight * RULE_BAND) {
                    headerLine = Math.max(headerLine, r.y1());
                } else if (r.y0() >= pageHeight * (1 - RULE_BAND)) {
                    footerLine = Math.min(footerLine, r.y0());
                }
            }
        }
        List<Hint> hints = new ArrayList<>();
        for (LayoutBlock b : ordered) {
            hints.add(byItself(b, bodySize, headerLine, footerLine));
        }
        levelHeadlineRuns(ordered, hints);
        return hints;
    }

    private static Hint byItself(LayoutBlock b, double bodySize, double headerLine, double footerLine) {
        if (b.isPicture()) {
            return Hint.PICTURE;
        }
        if (b.box().y1() <= headerLine || b.box().y0() >= footerLine) {
            return Hint.FURNITURE;
        }
        if (b.size() >= HEADLINE_RATIO * bodySize) {
            return Hint.HEADLINE;
        }
        if (b.bold() && b.lines() == 1 && b.text().codePointCount(0, b.text().length()) <= MAX_HEADING) {
            return Hint.HEADING;
        }
        return b.size() < SMALL_RATIO * bodySize ? Hint.SMALL : Hint.BODY;
    }

    /** In each run of adjacent headline blocks, the largest is the headline and the others subheadlines. */
    private static void levelHeadlineRuns(List<LayoutBlock> ordered, List<Hint> hints) {
        int i = 0;
        while (i < hints.size()) {
            if (hints.get(i) != Hint.HEADLINE) {
                i++;
                continue;
            }
            int end = i;
            double largest = 0;
            while (end < hints.size() && hints.get(end) == Hint.HEADLINE) {
                largest = Math.max(largest, ordered.get(end).size());
                end++;
            }
            for (int k = i; k < end; k++) {
                if (ordered.get(k).size() < largest - 0.5) {
                    hints.set(k, Hint.SUBHEADLINE);
                }
            }
            i = end;
        }
    }
}
