package io.broadsheet.parser.pdf.internal;

import io.broadsheet.parser.text.LaidOutPages.Decision;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page drawn as SVG for an operator: the page itself faded underneath, each block's box coloured by the
 * role it was given and numbered in reading order (a paragraph's part in the next column dashed), the rules
 * in grey. Written by hand: a few elements, no library needed.
 */
final class SvgDrawing {

    private static final Map<String, String> COLOURS = Map.of(
            "title", "#c0392b", "kicker", "#d35400", "subtitle", "#e67e22", "section-heading", "#8e44ad",
            "byline", "#16a085", "caption", "#2980b9", "credit", "#2471a3", "picture", "#7f8c8d",
            "furniture", "#95a5a6", "jump", "#b7950b");
    private static final String BODY = "#27ae60";

    private SvgDrawing() {
    }

    /** Draws {@code page}; {@code background} is the page rendered as PNG (drawn under the boxes), or null. */
    static void draw(PdfPage page, List<Decision> decisions, byte[] background, Appendable svg) throws IOException {
        Explanation explained = new Explanation(page, decisions);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n", page.width(), page.height(), page.width(), page.height()));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        if (background != null) {
            svg.append(String.format(Locale.ROOT, "<image width=\"%.0f\" height=\"%.0f\" opacity=\"0.55\" href=\"data:image/png;base64,%s\"/>%n",
                    page.width(), page.height(), Base64.getEncoder().encodeToString(background)));
        }
        for (Box r : page.rules()) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\" stroke-width=\"1\"/>%n",
                    r.x0(), r.y0(), r.x1(), r.y1()));
        }
        for (int i = 0; i < page.blocks().size(); i++) {
            LayoutBlock block = page.blocks().get(i);
            Box b = block.box();
            String role = explained.decided(i)[0];
            String colour = COLOURS.getOrDefault(role, BODY);
            if (block.carriedTo() != null) {
                Box c = block.carriedTo();
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                        + "fill-opacity=\"0.15\" stroke=\"%s\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"/>%n",
                        c.x0(), c.y0(), c.width(), c.height(), colour, colour));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" font-weight=\"bold\" fill=\"%s\">%d ↩</text>%n",
                        c.x0() + 1.5, c.y0() + 9, colour, i + 1));
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                    + "fill-opacity=\"0.15\" stroke=\"%s\" stroke-width=\"1.2\"><title>%d %s</title></rect>%n",
                    b.x0(), b.y0(), b.width(), b.height(), colour, colour, i + 1, escape(role)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" font-weight=\"bold\" fill=\"%s\">%d %s</text>%n",
                    b.x0() + 1.5, b.y0() + 9, colour, i + 1, escape(role)));
        }
        svg.append("</svg>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
