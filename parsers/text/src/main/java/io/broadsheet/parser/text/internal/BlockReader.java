package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stage 2, blocks: a page's text into its non-blank lines, with their '#' markers and the blank lines before them. */
public final class BlockReader {

    private static final Pattern MARKERS = Pattern.compile("^(#{1,6}) (.*?)(?: #+)?$");

    private BlockReader() {
    }

    /** The blocks of a page with letter spacing removed from every line that has it (see {@link LetterSpacing}). */
    public static List<Block> read(String text, LetterSpacing spacing) {
        List<Block> blocks = new ArrayList<>();
        int lineNo = 0;
        int blank = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            String line = text.substring(start, end);
            String cleaned = clean(line);
            if (line.isEmpty()) {
                blank++;
            } else if (cleaned.isEmpty()) {
                // A line of spaces is extraction debris, not layout: it neither separates nor opens a gap.
                blank = Math.max(blank, 1);
            } else {
                int level = 0;
                Matcher m = MARKERS.matcher(cleaned);
                if (m.matches()) {
                    level = m.group(1).length();
                    cleaned = m.group(2).trim();
                }
                if (!cleaned.isEmpty()) {
                    String squeezed = spacing.collapse(cleaned);
                    blocks.add(new Block(blocks.size(), lineNo, level, squeezed, blank, squeezed != cleaned));
                    blank = 0;
                } else {
                    blank++;
                }
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return blocks;
    }

    /** Trims, folds runs of white space (every Unicode space) to one space and drops control characters (layout debris). */
    static String clean(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Spaces.isSpace(c)) {
                space = out.length() > 0;
            } else if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != '\uFEFF') {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

}
