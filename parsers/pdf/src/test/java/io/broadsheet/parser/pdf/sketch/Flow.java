package io.broadsheet.parser.pdf.sketch;

import java.util.List;

/**
 * A cursor that sets text into column frames like a compositor: paragraphs open with a two-character
 * indent and wrap at the frame's width; a full frame continues in the next one (mid-sentence, as pages do).
 */
public final class Flow {

    private final PageSketch sketch;
    private final float size;
    private final float leading;
    private final List<PageSketch.Frame> frames;
    private int frame;
    private float baseline;

    Flow(PageSketch sketch, float size, float leading, List<PageSketch.Frame> frames) {
        this.sketch = sketch;
        this.size = size;
        this.leading = leading;
        this.frames = frames;
        this.baseline = frames.get(0).top() + size;
    }

    /** An indented paragraph. */
    public Flow paragraph(String text) {
        return set(text, 2 * size, false, false);
    }

    /** An unindented line or lines (a byline, a caption). */
    public Flow line(String text) {
        return set(text, 0, false, false);
    }

    /** A bold unindented line (a section heading). */
    public Flow bold(String text) {
        return set(text, 0, true, false);
    }

    /** A line set flush right (a credit, a jump note). */
    public Flow right(String text) {
        return set(text, 0, false, true);
    }

    /** White space, e.g. between a byline and the text. */
    public Flow skip(float points) {
        baseline += points;
        return this;
    }

    /** Where the next line's top would be. */
    public float bottom() {
        return baseline - size + (leading - size);
    }

    private Flow set(String text, float indent, boolean bold, boolean right) {
        int i = 0;
        float firstIndent = indent;
        while (i < text.length()) {
            PageSketch.Frame f = current();
            float room = f.width() - firstIndent;
            int end = i;
            while (end < text.length() && sketch.width(text.substring(i, end + 1), size) <= room + 0.01f) {
                end++;
            }
            // A compositor breaks Latin text between words, never inside one.
            int wordStart = end;
            while (end < text.length() && wordStart > i && isLatin(text.charAt(wordStart - 1)) && isLatin(text.charAt(wordStart))) {
                wordStart--;
            }
            if (end < text.length() && wordStart > i && wordStart < end) {
                end = wordStart;
            }
            String line = text.substring(i, end).stripTrailing();
            float x = right ? f.x() + f.width() - sketch.width(line, size) : f.x() + firstIndent;
            sketch.text(x, baseline, size, bold, line);
            baseline += leading;
            firstIndent = 0;
            i = end;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return this;
    }

    private static boolean isLatin(char c) {
        return c < 0x2000 && c != ' ';
    }

    private PageSketch.Frame current() {
        PageSketch.Frame f = frames.get(frame);
        if (baseline > f.bottom() && frame + 1 < frames.size()) {
            frame++;
            f = frames.get(frame);
            baseline = f.top() + size;
        }
        return f;
    }
}
