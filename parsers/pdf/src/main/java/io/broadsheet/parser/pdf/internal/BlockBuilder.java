package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines into blocks: a line continues the block right above it in the same column when it has the same
 * size and weight and does not open a new paragraph (a first-line indent, or a previous line that stopped
 * short of the column's edge). Headline lines of one size and weight stack into one block whatever their
 * alignment: a two-line headline is one headline.
 */
final class BlockBuilder {

    /** Lines further apart than this many font sizes (baseline to baseline, less one line) are not one block. */
    private static final double MAX_LEADING = 0.75;
    private static final double INDENT = 1.5;
    private static final double SHORT_LINE = 2.0;

    private BlockBuilder() {
    }

    static List<LayoutBlock> build(List<TextLine> lines, double bodySize) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine l) -> l.box().y0()).thenComparingDouble(l -> l.box().x0()));
        List<List<TextLine>> open = new ArrayList<>();
        for (TextLine line : sorted) {
            List<TextLine> target = null;
            for (List<TextLine> block : open) {
                if (continues(block, line, bodySize)) {
                    target = block;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                open.add(target);
            }
            target.add(line);
        }
        return open.stream().map(BlockBuilder::toBlock).toList();
    }

    private static boolean continues(List<TextLine> block, TextLine line, double bodySize) {
        TextLine last = block.get(block.size() - 1);
        double size = line.size();
        if (Math.abs(last.size() - size) > 0.08 * size || last.bold() != line.bold()) {
            return false;
        }
        double gap = line.box().y0() - last.box().y1();
        if (gap < -0.3 * size || gap > MAX_LEADING * size) {
            return false;
        }
        Box column = blockBox(block);
        if (last.box().xOverlap(line.box()) < 0.3 * Math.min(last.box().width(), line.box().width())) {
            return false;
        }
        if (size >= ReadingHints.HEADLINE_RATIO * bodySize) {
            return true;
        }
        boolean indented = line.box().x0() - column.x0() > INDENT * size;
        boolean lastStoppedShort = column.x1() - last.box().x1() > SHORT_LINE * size;
        return !indented && !lastStoppedShort;
    }

    private static Box blockBox(List<TextLine> block) {
        Box box = block.get(0).box();
        for (TextLine l : block) {
            box = box.union(l.box());
        }
        return box;
    }

    private static LayoutBlock toBlock(List<TextLine> block) {
        StringBuilder text = new StringBuilder();
        for (TextLine l : block) {
            if (!text.isEmpty() && !Glyph.isCjk(text.codePointBefore(text.length())) && !Glyph.isCjk(l.text().codePointAt(0))
                    && !text.toString().endsWith("-")) {
                text.append(' ');
            }
            text.append(l.text());
        }
        TextLine first = block.get(0);
        return new LayoutBlock(text.toString(), blockBox(block), first.size(), first.bold(), block.size());
    }
}
