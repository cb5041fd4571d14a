package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6, paragraph repair, for one item: re-joins paragraphs the layout split (a block that does
 * not end a sentence continues into the next block of its section) and drops blocks the extraction
 * repeated (a block whose text already stands in the item, whole or as part of a paragraph). Joins
 * never add a space between Chinese characters; only two Latin letters get one.
 */
public final class ParagraphRepair {

    private final Rules rules;
    private final boolean join;
    private final boolean dedupe;
    private final Trace trace;

    public ParagraphRepair(Rules rules, boolean join, boolean dedupe, Trace trace) {
        this.rules = rules;
        this.join = join;
        this.dedupe = dedupe;
        this.trace = trace;
    }

    /**
     * How far back repeats are looked for, in characters: repeats sit close to what they repeat, and
     * the bound keeps a pathological page (megabytes in one article) linear.
     */
    static final int REPEAT_WINDOW = 20_000;

    /** Repairs the sections of one item; returns one list of paragraphs per section, in order. */
    public List<List<String>> repair(List<ItemDraft.SectionDraft> sections) {
        StringBuilder seen = new StringBuilder();
        List<List<String>> out = new ArrayList<>();
        for (ItemDraft.SectionDraft section : sections) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder pending = null;
            for (Piece piece : section.pieces()) {
                String text = piece.text();
                String key = comparable(text);
                if (key.isEmpty()) {
                    continue;
                }
                if (dedupe && key.codePointCount(0, key.length()) >= rules.limits.minDuplicate()
                        && seen.indexOf(key, Math.max(0, seen.length() - REPEAT_WINDOW)) >= 0) {
                    trace.note(piece.block(), "duplicate", "text-already-in-article");
                    continue;
                }
                seen.append(key);
                if (seen.length() > 2 * REPEAT_WINDOW) {
                    seen.delete(0, seen.length() - REPEAT_WINDOW);
                }
                if (pending != null && rules.shapes.correspondentMark(text)) {
                    pending.append(text);
                    trace.note(piece.block(), "body", "correspondent-mark");
                } else if (join && pending != null && !rules.terminal(tail(pending))) {
                    appendJoined(pending, text);
                    trace.note(piece.block(), "body (joined)", "previous-block-ends-mid-sentence");
                } else {
                    if (pending != null) {
                        paragraphs.add(pending.toString());
                    }
                    pending = new StringBuilder(text);
                }
            }
            if (pending != null) {
                paragraphs.add(pending.toString());
            }
            out.add(paragraphs);
        }
        return out;
    }

    /** The end of a paragraph, all that decides whether it ends a sentence. */
    private static String tail(StringBuilder paragraph) {
        return paragraph.substring(Math.max(0, paragraph.length() - 32));
    }

    /**
     * Text as compared for repeats: without spaces, which the layout adds and removes at will (blocks
     * hold no space but ' ': every other was folded to it when the page was read).
     */
    static String comparable(String text) {
        return text.indexOf(' ') < 0 ? text : text.replace(" ", "");
    }

    /** Appends {@code b} to the paragraph {@code a}: with a space only between two Latin letters. */
    static void appendJoined(StringBuilder a, String b) {
        if (a.length() > 0 && !b.isEmpty() && isLatinLetter(a.charAt(a.length() - 1)) && isLatinLetter(b.charAt(0))) {
            a.append(' ');
        }
        a.append(b);
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
