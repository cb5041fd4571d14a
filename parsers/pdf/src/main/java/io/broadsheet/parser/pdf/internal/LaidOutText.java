package io.broadsheet.parser.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's blocks, in reading order, written as the page-dump text the text parser reads: one block a
 * line, a blank line between blocks, '#' levels for headlines, and a picture gap (three blank lines)
 * where a picture sits. Furniture is left out.
 *
 * @param text        the laid-out text
 * @param lineOfBlock for each block, the 1-based line it became (0: furniture or picture, no line)
 */
record LaidOutText(String text, int[] lineOfBlock) {

    private static final int PICTURE_GAP = 3;

    static LaidOutText write(List<LayoutBlock> blocks, List<Hint> hints) {
        StringBuilder text = new StringBuilder();
        int[] lineOf = new int[blocks.size()];
        int line = 1;
        int blanks = 0;
        boolean first = true;
        for (int i = 0; i < blocks.size(); i++) {
            Hint hint = hints.get(i);
            if (hint == Hint.FURNITURE) {
                continue;
            }
            if (hint == Hint.PICTURE) {
                blanks = PICTURE_GAP;
                continue;
            }
            int before = first ? blanks : Math.max(1, blanks);
            text.append("\n".repeat(before));
            line += before;
            text.append(marker(hint)).append(blocks.get(i).text()).append('\n');
            lineOf[i] = line;
            line++;
            blanks = 0;
            first = false;
        }
        return new LaidOutText(text.toString(), lineOf);
    }

    private static String marker(Hint hint) {
        return switch (hint) {
            case HEADLINE -> "# ";
            case SUBHEADLINE -> "## ";
            case HEADING -> "### ";
            default -> "";
        };
    }

    /** The blocks a laid-out line came from, inverted: index of the block on {@code line}, or -1. */
    int blockOnLine(int line) {
        for (int i = 0; i < lineOfBlock.length; i++) {
            if (lineOfBlock[i] == line) {
                return i;
            }
        }
        return -1;
    }

    List<Integer> lines() {
        List<Integer> lines = new ArrayList<>();
        for (int l : lineOfBlock) {
            if (l > 0) {
                lines.add(l);
            }
        }
        return lines;
    }
}
