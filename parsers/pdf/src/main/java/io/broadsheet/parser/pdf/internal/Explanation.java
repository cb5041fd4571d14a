package io.broadsheet.parser.pdf.internal;

import io.broadsheet.parser.text.LaidOutPages.Decision;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * What {@code broadsheet inspect page.pdf} prints for a page: every block in reading order with its box,
 * font size, the hint typography gave it, and the role and rule the text stages decided.
 */
record Explanation(PdfPage page, List<Decision> decisions) {

    private static final int EXCERPT = 30;

    void print(Appendable out) throws IOException {
        out.append(String.format(Locale.ROOT, "page %d (%.0f x %.0f pt): laid-out line, block, box (x0,y0-x1,y1 pt; + goes on "
                + "in the next column), size, hint, role, rule, text%n",
                page.number(), page.width(), page.height()));
        for (int i = 0; i < page.blocks().size(); i++) {
            LayoutBlock b = page.blocks().get(i);
            String[] decided = decided(i);
            int line = page.laidOut().lineOfBlock()[i];
            out.append(String.format(Locale.ROOT, "%5s %3d  %-15s %5s  %-11s %-16s %-34s %s%n",
                    line > 0 ? Integer.toString(line) : "-", i + 1, b.carriedTo() == null ? b.box() : b.box() + "+",
                    b.isPicture() ? "" : String.format(Locale.ROOT, "%.1f", b.size()),
                    page.hints().get(i).name().toLowerCase(Locale.ROOT), decided[0], decided[1], excerpt(b.text())));
        }
    }

    /** The role and rule of block {@code i}: the text stages' for a block they read, else its hint's. */
    String[] decided(int i) {
        int line = page.laidOut().lineOfBlock()[i];
        for (Decision d : decisions) {
            if (d.line() == line && line > 0) {
                return new String[] {d.role(), d.rule()};
            }
        }
        return switch (page.hints().get(i)) {
            case PICTURE -> new String[] {"picture", "image-drawn"};
            case FURNITURE -> new String[] {"furniture", "page-band"};
            default -> new String[] {"?", "?"};
        };
    }

    private static String excerpt(String text) {
        int n = text.codePointCount(0, text.length());
        return n <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
