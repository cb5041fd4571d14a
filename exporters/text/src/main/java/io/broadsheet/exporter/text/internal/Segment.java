package io.broadsheet.exporter.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a line that must not be broken, with the spaces before it (dropped when a line breaks
 * there). A line is the concatenation of its segments' spaces and texts.
 */
record Segment(String space, String text) {

    static List<Segment> split(String line) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder space = new StringBuilder();
        String spaceBefore = "";
        int previous = -1;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                space.appendCodePoint(cp);
                continue;
            }
            if (text.length() > 0) {
                boolean breaks = space.length() > 0
                        ? LineBreakRules.canBreakAtSpace(previous, cp)
                        : LineBreakRules.canBreakBetween(previous, cp);
                if (breaks) {
                    out.add(new Segment(spaceBefore, text.toString()));
                    text.setLength(0);
                    spaceBefore = space.toString();
                } else {
                    text.append(space);
                }
            } else {
                spaceBefore = space.toString();
            }
            space.setLength(0);
            text.appendCodePoint(cp);
            previous = cp;
        }
        if (text.length() > 0) {
            out.add(new Segment(spaceBefore, text.toString()));
        }
        return out;
    }
}
