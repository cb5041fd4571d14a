package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins a paragraph the layout carried over into the next column: a body block that stops without
 * finishing its sentence, followed in reading order by a block of the same type that starts higher up or
 * further right (the top of the next column), is one paragraph. Done here, where the layout shows it:
 * the text stages would otherwise meet a short unfinished line that looks like a heading.
 */
final class ColumnJoiner {

    private static final String SENTENCE_END = "。！？!?…」”’』）)";

    private ColumnJoiner() {
    }

    static List<LayoutBlock> join(List<LayoutBlock> ordered, double bodySize) {
        List<LayoutBlock> out = new ArrayList<>();
        for (LayoutBlock b : ordered) {
            LayoutBlock prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && carriesOn(prev, b, bodySize)) {
                out.set(out.size() - 1, new LayoutBlock(joined(prev.text(), b.text()), prev.box(), prev.size(), prev.bold(),
                        prev.lines() + b.lines(), b.box()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean carriesOn(LayoutBlock prev, LayoutBlock next, double bodySize) {
        if (prev.isPicture() || next.isPicture() || prev.carriedTo() != null || prev.bold() || next.bold()
                || Math.abs(prev.size() - next.size()) > 0.05 * bodySize || prev.size() >= ReadingHints.HEADLINE_RATIO * bodySize) {
            return false;
        }
        boolean nextColumn = next.box().y0() < prev.box().y0() && next.box().x0() >= prev.box().x1() - 1;
        String text = prev.text().strip();
        return nextColumn && !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static String joined(String a, String b) {
        boolean cjk = Glyph.isCjk(a.codePointBefore(a.length())) || Glyph.isCjk(b.codePointAt(0));
        return cjk ? a + b : a + " " + b;
    }
}
