package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text of a run of glyphs with the layout's spacing taken out. Justified and letter-spaced lines put
 * the same extra space between every pair of characters: that is letter spacing and never becomes a space.
 * A gap clearly wider than the line's usual one is a printed space: between Latin words (and between a
 * Chinese name and the next in a byline, "本报记者 张三") it stays one space. Full-width punctuation carries
 * its white space inside its own advance, so it never opens such a gap.
 */
final class Spacing {

    /** A printed space is this much wider than the line's median gap. */
    private static final double WIDER_THAN_USUAL = 1.6;
    private static final double LATIN_WORD_GAP = 0.15;
    private static final double CJK_WORD_GAP = 0.25;

    private Spacing() {
    }

    static String join(List<Glyph> glyphs) {
        double usual = medianGap(glyphs);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (i > 0) {
                Glyph prev = glyphs.get(i - 1);
                double gap = g.box().x0() - prev.box().x1();
                boolean cjk = Glyph.isCjk(prev.text().codePointBefore(prev.text().length()))
                        || Glyph.isCjk(g.text().codePointAt(0));
                double min = (cjk ? CJK_WORD_GAP : LATIN_WORD_GAP) * Math.min(g.size(), prev.size());
                if (gap > min && gap > WIDER_THAN_USUAL * usual) {
                    out.append(' ');
                }
            }
            out.append(g.text());
        }
        return out.toString();
    }

    private static double medianGap(List<Glyph> glyphs) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            gaps.add(Math.max(0, glyphs.get(i).box().x0() - glyphs.get(i - 1).box().x1()));
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        Collections.sort(gaps);
        return gaps.get((gaps.size() - 1) / 2); // the lower median: two names and a gap still read as spaced
    }
}
