package io.broadsheet.parser.pdf.internal;

import java.util.Locale;

/** A rectangle on the page in points, origin at the top left (y grows downwards, as a reader reads). */
public record Box(double x0, double y0, double x1, double y1) {

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }

    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    /** Width shared with {@code o} (0 when they do not overlap horizontally). */
    public double xOverlap(Box o) {
        return Math.max(0, Math.min(x1, o.x1) - Math.max(x0, o.x0));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f,%.0f-%.0f,%.0f", x0, y0, x1, y1);
    }
}
