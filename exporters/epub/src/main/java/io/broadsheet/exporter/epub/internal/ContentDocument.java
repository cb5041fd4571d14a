package io.broadsheet.exporter.epub.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One XHTML document of the book while it is being written. Links to a part of an article that has not
 * arrived yet are written as placeholders ({@link Jumps}); the document goes into the zip once every
 * placeholder is settled, as a link or as plain text.
 */
final class ContentDocument {

    private static final char SLOT_START = '\u0000';
    private static final char SLOT_END = '\u0001';

    private final String id;
    private final Markup markup = new Markup();
    private final List<Integer> slots = new ArrayList<>();

    ContentDocument(String id) {
        this.id = id;
    }

    /** The manifest id, e.g. {@code a00001}. */
    String id() {
        return id;
    }

    /** The file name, relative to the folder of the content documents. */
    String fileName() {
        return id + ".xhtml";
    }

    Markup markup() {
        return markup;
    }

    /**
     * A placeholder for slot {@code slot}. Its characters are ones {@link XmlText} removes from all
     * content, so no text can imitate it.
     */
    String placeholder(int slot) {
        slots.add(slot);
        return SLOT_START + Integer.toString(slot) + SLOT_END;
    }

    boolean isSettled(Jumps jumps) {
        return slots.stream().allMatch(jumps::isSettled);
    }

    /** The final text, with every placeholder replaced by its settled markup. */
    String render(Jumps jumps) {
        String text = markup.toString();
        if (slots.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64 * slots.size());
        int from = 0;
        for (int start = text.indexOf(SLOT_START); start >= 0; start = text.indexOf(SLOT_START, from)) {
            int end = text.indexOf(SLOT_END, start);
            out.append(text, from, start).append(jumps.markup(Integer.parseInt(text.substring(start + 1, end))));
            from = end + 1;
        }
        return out.append(text, from, text.length()).toString();
    }
}
