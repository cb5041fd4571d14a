package io.broadsheet.parser.text.internal;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;

/**
 * The decisions taken on a page, block by block: each stage writes the role it gives a block and the
 * rule that decided it; a later stage's word replaces an earlier one. Read only by {@link #print}.
 */
public final class Trace {

    private record Entry(String role, String rule) {
    }

    private static final int EXCERPT = 36;

    private final TreeMap<Integer, Entry> entries = new TreeMap<>();
    private final boolean enabled;

    private Trace(boolean enabled) {
        this.enabled = enabled;
    }

    /** A trace that keeps every decision, for {@code inspect}. */
    public static Trace recording() {
        return new Trace(true);
    }

    /** A trace that keeps nothing: the conversion path pays nothing for explanations. */
    public static Trace off() {
        return new Trace(false);
    }

    public void note(Block block, String role, String rule) {
        if (enabled) {
            entries.put(block.index(), new Entry(role, rule));
        }
    }

    /** A later stage's finer role for a block; the earlier rule is kept in front ("dateline-follows > first-plain-line"). */
    public void refine(Block block, String role, String rule) {
        if (enabled) {
            Entry before = entries.get(block.index());
            entries.put(block.index(), new Entry(role, before == null ? rule : before.rule() + " > " + rule));
        }
    }

    /** The role and rule given to a block, as {@code {role, rule}}; {@code {"?", "?"}} when no stage spoke. */
    public String[] decision(Block block) {
        Entry e = entries.getOrDefault(block.index(), new Entry("?", "?"));
        return new String[] {e.role(), e.rule()};
    }

    public void print(List<Block> blocks, Appendable out) throws IOException {
        for (Block b : blocks) {
            Entry e = entries.getOrDefault(b.index(), new Entry("?", "?"));
            String marks = b.level() > 0 ? "#".repeat(b.level()) + " " : "";
            String rule = b.letterSpaced() ? e.rule() + " +letter-spaced" : e.rule();
            out.append(String.format("%5d  %-16s %-40s %s%s%n", b.line(), e.role(), rule, marks, excerpt(b.text())));
        }
    }

    private static String excerpt(String text) {
        int n = text.codePointCount(0, text.length());
        return n <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
