package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.error.LimitExceededException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one page with position, size, weight and font, as PDFBox positions them (its own
 * sorting and line building are skipped: layout is ours to read).
 */
final class GlyphReader extends PDFTextStripper {

    private final Deadline deadline;
    private final int maxGlyphs;
    private final String source;
    private final List<Glyph> glyphs = new ArrayList<>();

    GlyphReader(String source, Deadline deadline, int maxGlyphs) {
        this.source = source;
        this.deadline = deadline;
        this.maxGlyphs = maxGlyphs;
    }

    List<Glyph> read(PDDocument document, int pageNumber) throws IOException {
        glyphs.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(document);
        return List.copyOf(glyphs);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        deadline.check();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (glyphs.size() >= maxGlyphs) {
            throw new LimitExceededException(source, 0, "page " + getCurrentPageNo() + " draws more than "
                    + maxGlyphs + " characters; is it really a newspaper page?");
        }
        double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.abs(t.getHeightDir());
        double baseline = t.getYDirAdj();
        Box box = new Box(t.getXDirAdj(), baseline - 0.88 * size, t.getXDirAdj() + t.getWidthDirAdj(), baseline + 0.12 * size);
        PDFont font = t.getFont();
        String name = font == null || font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        // Chinese e-papers often embolden a regular font by stroking its outline as well as filling it.
        boolean stroked = mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP;
        glyphs.add(new Glyph(text, box, size, stroked || isBold(font, name), name));
    }

    private static boolean isBold(PDFont font, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // Hei (黑体) faces are the gothic headline faces of Chinese papers: bold in effect.
        if (lower.contains("bold") || lower.contains("black") || lower.contains("heavy") || lower.contains("hei")) {
            return true;
        }
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
