package io.broadsheet.parser.text.internal;

import java.util.List;
import java.util.Locale;

/**
 * A decision of segmentation taken on weak evidence, with the reading it set aside: what lowers an
 * item's confidence.
 *
 * @param rule    the rule that decided ("not-a-section-heading")
 * @param reading the competing reading ("«X» could be a section heading of «Y»")
 * @param weight  how much it lowers the confidence, 0 to 1
 */
public record Doubt(String rule, String reading, double weight) {

    /** Items below this confidence need review. */
    public static final double REVIEW_BELOW = 0.75;

    /** The confidence the doubts leave: each keeps (1 − weight) of it, from 1 for an item with none. */
    public static double confidence(List<Doubt> doubts) {
        double c = 1;
        for (Doubt d : doubts) {
            c *= 1 - d.weight();
        }
        return c;
    }

    /** Two decimals, the same on every machine. */
    public static String format(double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }

    /** The doubts as a reviewer reads them: "rule: reading; rule: reading". */
    public static String describe(List<Doubt> doubts) {
        StringBuilder out = new StringBuilder();
        for (Doubt d : doubts) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(d.rule()).append(": ").append(d.reading());
        }
        return out.toString();
    }

    /** A short quotation of a line, for readings. */
    static String quote(String text) {
        int n = text.codePointCount(0, text.length());
        return "«" + (n <= 16 ? text : text.substring(0, text.offsetByCodePoints(0, 16)) + "…") + "»";
    }
}
