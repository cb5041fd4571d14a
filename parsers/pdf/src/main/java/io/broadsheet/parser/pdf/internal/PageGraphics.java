package io.broadsheet.parser.pdf.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The pictures and rules of one page: where each image is drawn, and every straight stroke or thin filled
 * rectangle long enough to separate columns or articles. Boxes are in top-left page coordinates.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

    /** Shorter strokes are ornaments or underlines, not separators. */
    private static final double MIN_RULE = 24;
    /** A filled rectangle thinner than this is drawn as a rule. */
    private static final double MAX_RULE_THICKNESS = 3;

    private final Deadline deadline;
    private final double pageHeight;
    private final double originX;
    private final double originY;
    private final List<Box> images = new ArrayList<>();
    private final List<Box> rules = new ArrayList<>();
    private final List<Point2D[]> segments = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Double();

    PageGraphics(PDPage page, Deadline deadline) {
        super(page);
        this.deadline = deadline;
        this.pageHeight = page.getCropBox().getHeight();
        this.originX = page.getCropBox().getLowerLeftX();
        this.originY = page.getCropBox().getLowerLeftY();
    }

    List<Box> images() {
        return images;
    }

    List<Box> rules() {
        return rules;
    }

    void read() throws IOException {
        processPage(getPage());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        deadline.check();
        super.processOperator(operator, operands);
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        Point2D a = m.transformPoint(0, 0);
        Point2D b = m.transformPoint(1, 1);
        images.add(box(a, b));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p2});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        segments.add(new Point2D[] {current, to});
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (Point2D[] s : segments) {
            addRule(box(s[0], s[1]), 0);
        }
        for (Point2D[] r : rectangles) {
            addRule(box(r[0], r[1]), MAX_RULE_THICKNESS);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            addRule(box(r[0], r[1]), MAX_RULE_THICKNESS);
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    /** A horizontal or vertical stroke (a degenerate or thin box) long enough to separate. */
    private void addRule(Box b, double maxThickness) {
        boolean horizontal = b.height() <= Math.max(maxThickness, 0.5) && b.width() >= MIN_RULE;
        boolean vertical = b.width() <= Math.max(maxThickness, 0.5) && b.height() >= MIN_RULE;
        if (horizontal || vertical) {
            rules.add(b);
        }
    }

    private Box box(Point2D a, Point2D b) {
        double ax = a.getX() - originX;
        double bx = b.getX() - originX;
        double ay = pageHeight - (a.getY() - originY);
        double by = pageHeight - (b.getY() - originY);
        return new Box(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
}
