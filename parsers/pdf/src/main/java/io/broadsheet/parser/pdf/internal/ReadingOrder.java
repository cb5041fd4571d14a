package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Blocks into reading order by recursive cuts through white space (XY-cut). A region is first cut at
 * its full-height gutters, into columns read left to right: a headline that spans columns bridges their
 * gutter, so an article's columns stay together under it. A region without a gutter is cut across at its
 * widest horizontal gap, preferring a gap that holds a rule, and read top to bottom: an article's region
 * is read before the next one's.
 */
final class ReadingOrder {

    /** A gutter must be at least this wide (points) to separate columns. */
    private static final double MIN_GUTTER = 4;
    /** A horizontal rule in a gap counts as this much extra white space: printed separators win. */
    private static final double RULE_WEIGHT = 1000;

    private ReadingOrder() {
    }

    static List<LayoutBlock> order(List<LayoutBlock> blocks, List<Box> rules) {
        List<LayoutBlock> out = new ArrayList<>();
        cut(blocks, rules, out, 0);
        return out;
    }

    private static void cut(List<LayoutBlock> region, List<Box> rules, List<LayoutBlock> out, int depth) {
        if (region.size() <= 1 || depth > 200) {
            List<LayoutBlock> rest = new ArrayList<>(region);
            rest.sort(Comparator.comparingDouble((LayoutBlock b) -> b.box().y0()).thenComparingDouble(b -> b.box().x0()));
            out.addAll(rest);
            return;
        }
        List<List<LayoutBlock>> parts = columns(region);
        if (parts.size() <= 1) {
            parts = rows(region, rules);
        }
        if (parts.size() <= 1) {
            List<LayoutBlock> rest = new ArrayList<>(region);
            rest.sort(Comparator.comparingDouble((LayoutBlock b) -> b.box().y0()).thenComparingDouble(b -> b.box().x0()));
            out.addAll(rest);
            return;
        }
        for (List<LayoutBlock> part : parts) {
            cut(part, rules, out, depth + 1);
        }
    }

    /** Splits at every full-height vertical gutter, left to right. */
    private static List<List<LayoutBlock>> columns(List<LayoutBlock> region) {
        List<LayoutBlock> byX = new ArrayList<>(region);
        byX.sort(Comparator.comparingDouble(b -> b.box().x0()));
        List<List<LayoutBlock>> parts = new ArrayList<>();
        List<LayoutBlock> current = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (LayoutBlock b : byX) {
            if (!current.isEmpty() && b.box().x0() - reach >= MIN_GUTTER) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
            reach = Math.max(reach, b.box().x1());
        }
        parts.add(current);
        return parts;
    }

    /** Splits at the strongest full-width horizontal gap (a gap with a rule in it beats a wider empty one). */
    private static List<List<LayoutBlock>> rows(List<LayoutBlock> region, List<Box> rules) {
        List<LayoutBlock> byY = new ArrayList<>(region);
        byY.sort(Comparator.comparingDouble(b -> b.box().y0()));
        Box extent = byY.get(0).box();
        for (LayoutBlock b : byY) {
            extent = extent.union(b.box());
        }
        int best = -1;
        double bestScore = 0;
        double reach = byY.get(0).box().y1();
        for (int i = 1; i < byY.size(); i++) {
            double top = byY.get(i).box().y0();
            if (top > reach) {
                double score = top - reach + (holdsRule(rules, reach, top, extent) ? RULE_WEIGHT : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            reach = Math.max(reach, byY.get(i).box().y1());
        }
        if (best < 0) {
            return List.of(region);
        }
        return List.of(byY.subList(0, best), byY.subList(best, byY.size()));
    }

    private static boolean holdsRule(List<Box> rules, double top, double bottom, Box extent) {
        for (Box r : rules) {
            boolean horizontal = r.height() < r.width();
            if (horizontal && r.y0() >= top - 1 && r.y1() <= bottom + 1 && r.xOverlap(extent) >= 0.5 * extent.width()) {
                return true;
            }
        }
        return false;
    }
}
