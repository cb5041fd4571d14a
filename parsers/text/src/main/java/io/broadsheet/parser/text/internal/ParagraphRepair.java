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

    /** Repairs the sections of one item; returns one list of paragraphs per section, in order. */
    public List<List<String>> repair(List<ItemDraft.SectionDraft> sections) {
        StringBuilder seen = new StringBuilder();
        List<List<String>> out = new ArrayList<>();
        for (ItemDraft.SectionDraft section : sections) {
            List<String> paragraphs = new ArrayList<>();
            String pending = null;
            for (Piece piece : section.pieces()) {
                String text = piece.text();
                String key = comparable(text);
                if (key.isEmpty()) {
                    continue;
                }
                if (dedupe && key.codePointCount(0, key.length()) >= rules.limits.minDuplicate()
                        && seen.indexOf(key) >= 0) {
                    trace.note(piece.block(), "duplicate", "text-already-in-article");
                    continue;
                }
                seen.append(key);
                if (pending != null && rules.correspondentMark(text)) {
                    pending = pending + text;
                    trace.note(piece.block(), "body", "correspondent-mark");
                } else if (join && pending != null && !rules.terminal(pending)) {
                    pending = joinText(pending, text);
                    trace.note(piece.block(), "body (joined)", "previous-block-ends-mid-sentence");
                } else {
                    if (pending != null) {
                        paragraphs.add(pending);
                    }
                    pending = text;
                }
            }
            if (pending != null) {
                paragraphs.add(pending);
            }
            out.add(paragraphs);
        }
        return out;
    }

    /** Text as compared for repeats: without white space, which the layout adds and removes at will. */
    static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String joinText(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        return isLatinLetter(last) && isLatinLetter(first) ? a + " " + b : a + b;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
