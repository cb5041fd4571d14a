package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glyphs into lines: characters sharing a baseline, in x order, split where a gap is wider than a gutter;
 * then the letter spacing of justified and headline lines removed.
 */
final class LineBuilder {

    /** A gap wider than this many font sizes between neighbours on a baseline is a gutter: the run ends. */
    private static final double GUTTER = 1.15;

    private LineBuilder() {
    }

    static List<TextLine> build(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph g) -> g.box().y1()).thenComparingDouble(g -> g.box().x0()));
        List<List<Glyph>> baselines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = baselines.isEmpty() ? null : baselines.get(baselines.size() - 1);
            if (last != null && Math.abs(last.get(0).box().y1() - g.box().y1()) <= 0.3 * Math.min(g.size(), last.get(0).size())) {
                last.add(g);
            } else {
                List<Glyph> fresh = new ArrayList<>();
                fresh.add(g);
                baselines.add(fresh);
            }
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> baseline : baselines) {
            baseline.sort(Comparator.comparingDouble(g -> g.box().x0()));
            List<Glyph> run = new ArrayList<>();
            for (Glyph g : baseline) {
                if (!run.isEmpty()) {
                    Glyph prev = lastVisible(run);
                    double gap = g.box().x0() - (prev == null ? run.get(run.size() - 1).box().x1() : prev.box().x1());
                    if (!g.isSpace() && prev != null && gap > GUTTER * Math.min(g.size(), prev.size())) {
                        addLine(run, lines);
                        run = new ArrayList<>();
                    }
                }
                run.add(g);
            }
            addLine(run, lines);
        }
        return lines;
    }

    private static Glyph lastVisible(List<Glyph> run) {
        for (int i = run.size() - 1; i >= 0; i--) {
            if (!run.get(i).isSpace()) {
                return run.get(i);
            }
        }
        return null;
    }

    private static void addLine(List<Glyph> run, List<TextLine> lines) {
        List<Glyph> visible = run.stream().filter(g -> !g.isSpace()).toList();
        if (visible.isEmpty()) {
            return;
        }
        Box box = visible.get(0).box();
        Map<Double, Integer> sizes = new HashMap<>();
        int bold = 0;
        for (Glyph g : visible) {
            box = box.union(g.box());
            sizes.merge(Math.round(g.size() * 2) / 2.0, g.text().length(), Integer::sum);
            bold += g.bold() ? 1 : 0;
        }
        double size = sizes.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        lines.add(new TextLine(Spacing.join(visible), box, size, bold * 2 > visible.size(), visible.get(0).font()));
    }
}
