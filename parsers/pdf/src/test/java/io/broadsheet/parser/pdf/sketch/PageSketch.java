package io.broadsheet.parser.pdf.sketch;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws newspaper-like test pages with PDFBox, in top-left coordinates (as a reader measures a page):
 * text runs with size, weight (stroked outlines, as Chinese e-papers embolden) and letter spacing,
 * columns of wrapped paragraphs, rules and pictures. The Chinese font is a subset of Droid Sans
 * Fallback (Apache 2.0) kept in the test resources with its licence; it has no Latin letters, so Latin
 * letters and digits are set in the standard Helvetica every PDF reader has.
 */
public final class PageSketch {

    /** One column frame that text flows into, top to bottom. */
    public record Frame(float x, float top, float width, float bottom) {
    }

    private interface Mark {
        void draw(PDPageContentStream out, PDDocument doc, PDType0Font font, float height) throws IOException;
    }

    /** A stretch of one script: CJK in the embedded font, Latin letters and digits in Helvetica. */
    private record Run(String text, boolean cjk) {

        static List<Run> split(String s) {
            List<Run> runs = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                boolean cjk = s.codePointAt(i) > 0x2000;
                int j = i;
                while (j < s.length() && (s.codePointAt(j) > 0x2000) == cjk) {
                    j += Character.charCount(s.codePointAt(j));
                }
                runs.add(new Run(s.substring(i, j), cjk));
                i = j;
            }
            return runs;
        }
    }

    private static final PDFont LATIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final float width;
    private final float height;
    private final List<Mark> marks = new ArrayList<>();
    private String title;
    private final PDDocument measure = new PDDocument();
    private final PDType0Font measuringFont;

    public PageSketch(float width, float height) {
        this.width = width;
        this.height = height;
        this.measuringFont = loadFont(measure);
    }

    /** The document title, e.g. "HBRB01A20241016C". */
    public PageSketch title(String value) {
        this.title = value;
        return this;
    }

    /** One run of text; {@code baseline} measured from the top of the page. */
    public PageSketch text(float x, float baseline, float size, boolean bold, float letterSpacing, String s) {
        marks.add((out, doc, font, h) -> {
            out.beginText();
            out.setFont(font, size);
            out.setCharacterSpacing(letterSpacing);
            out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.setLineWidth(bold ? size / 30f : 1f);
            out.newLineAtOffset(x, h - baseline);
            for (Run run : Run.split(s)) {
                PDFont runFont = run.cjk() ? font : LATIN;
                out.setFont(runFont, size);
                out.showText(run.text());
                float advance = runFont.getStringWidth(run.text()) / 1000f * size
                        + letterSpacing * run.text().codePointCount(0, run.text().length());
                out.newLineAtOffset(advance, 0);
            }
            out.endText();
        });
        return this;
    }

    public PageSketch text(float x, float baseline, float size, boolean bold, String s) {
        return text(x, baseline, size, bold, 0, s);
    }

    /** Text centred between {@code x0} and {@code x1}. */
    public PageSketch centred(float x0, float x1, float baseline, float size, boolean bold, float letterSpacing, String s) {
        float w = width(s, size) + letterSpacing * (s.codePointCount(0, s.length()) - 1);
        return text(x0 + (x1 - x0 - w) / 2, baseline, size, bold, letterSpacing, s);
    }

    public PageSketch rule(float x0, float y0, float x1, float y1) {
        marks.add((out, doc, font, h) -> {
            out.setLineWidth(0.8f);
            out.moveTo(x0, h - y0);
            out.lineTo(x1, h - y1);
            out.stroke();
        });
        return this;
    }

    /** A grey picture with a darker frame, drawn as an image XObject (as e-papers place photos). */
    public PageSketch picture(float x, float top, float w, float h) {
        marks.add((out, doc, font, ph) -> {
            BufferedImage img = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 32; i++) {
                for (int j = 0; j < 24; j++) {
                    img.setRGB(i, j, new Color(120 + i * 3, 130 + j * 3, 150).getRGB());
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            out.drawImage(image, x, ph - top - h, w, h);
        });
        return this;
    }

    /** Text flowing through frames, paragraph by paragraph, at one size and leading. */
    public Flow flow(float size, float leading, Frame... frames) {
        return new Flow(this, size, leading, List.of(frames));
    }

    float width(String s, float size) {
        try {
            float w = 0;
            for (Run run : Run.split(s)) {
                w += (run.cjk() ? measuringFont : LATIN).getStringWidth(run.text()) / 1000f * size;
            }
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toPdf() {
        return toPdf(1, null);
    }

    /**
     * The sketch as a PDF of {@code pages} identical pages, encrypted with {@code userPassword} when it is
     * not null (a reader then needs the password to open it).
     */
    public byte[] toPdf(int pages, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = loadFont(doc);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    for (Mark m : marks) {
                        m.draw(out, doc, font, height);
                    }
                }
            }
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission()));
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            doc.setDocumentId(1L); // else the trailer ID is random: the same sketch must give the same bytes
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font loadFont(PDDocument doc) {
        try (InputStream in = PageSketch.class.getResourceAsStream("/fonts/DroidSansFallback-subset.ttf")) {
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
