package io.broadsheet.exporter.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line filling by display columns (wide characters count two). Unbreakable segments keep
 * punctuation with its neighbour, so a character moves to the next line together with the closing
 * punctuation that follows it. Only a segment wider than a whole line (a long Latin word or URL) is cut.
 */
public final class LineWrapper {

    private final int width;

    /** @param width columns per line; 0 leaves lines as they are */
    public LineWrapper(int width) {
        this.width = width;
    }

    List<String> wrap(String line) {
        if (width == 0 || EastAsianWidth.columns(line) <= width) {
            return List.of(line);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        for (Segment segment : Segment.split(line)) {
            int columns = EastAsianWidth.columns(segment.text());
            int withSpace = EastAsianWidth.columns(segment.space()) + columns;
            if (current.length() > 0 && used + withSpace <= width) {
                current.append(segment.space()).append(segment.text());
                used += withSpace;
                continue;
            }
            if (current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            used = cut(segment.text(), current, used, lines);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * Appends a segment wider than a line, starting new lines between clusters: a character with the
     * opening punctuation before it and the closing punctuation, marks and spaces after it, so even a cut line
     * never starts with closing or ends with opening punctuation. A lone cluster wider than the line
     * (only at tiny widths) overflows.
     */
    private int cut(String text, StringBuilder current, int used, List<String> lines) {
        for (String cluster : clusters(text)) {
            int columns = EastAsianWidth.columns(cluster);
            if (used + columns > width && current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(cluster);
            used += columns;
        }
        return used;
    }

    static List<String> clusters(String text) {
        List<String> clusters = new ArrayList<>();
        StringBuilder cluster = new StringBuilder();
        boolean hasBase = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // A space inside a segment is one no line may break at (e.g. before closing punctuation).
            boolean attaches = LineBreakRules.isClosing(cp) || EastAsianWidth.columns(cp) == 0
                    || Character.isWhitespace(cp);
            if (hasBase && !attaches) {
                clusters.add(cluster.toString());
                cluster.setLength(0);
                hasBase = false;
            }
            cluster.appendCodePoint(cp);
            hasBase |= !LineBreakRules.isOpening(cp) && !attaches;
        }
        if (cluster.length() > 0) {
            clusters.add(cluster.toString());
        }
        return clusters;
    }
}
