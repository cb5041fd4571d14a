package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.PdfParserOptions;
import io.broadsheet.parser.text.LaidOutPages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.PDFRenderer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One run of the pdf parser: each PDF page laid out as page text and read by the text parser's stages,
 * continuations linked across pages. One PDF is open at a time and closed before the next.
 */
public final class PdfSession implements ParseSession {

    /** More characters than any newspaper page prints: a bound on what one page may hold in memory. */
    private static final int MAX_GLYPHS = 400_000;
    static final String FORMAT = "pdf";

    private final PdfParserOptions options;
    private final LaidOutPages stages;

    public PdfSession(PdfParserOptions options) {
        PdfBoxLogging.quiet();
        this.options = options;
        this.stages = new LaidOutPages(options.textOptions());
    }

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        List<PdfPage> pages = read(input);
        for (PdfPage page : pages) {
            stages.parse(pagePath(input, page, pages.size()), page.laidOut().text(), FORMAT, page.edition(), sink);
        }
    }

    @Override
    public void finish(ArticleSink sink) throws IOException {
        stages.finish(sink);
    }

    @Override
    public void explain(SourceInput input, Appendable out) throws IOException {
        List<PdfPage> pages = read(input);
        for (PdfPage page : pages) {
            String path = pagePath(input, page, pages.size());
            new Explanation(page, stages.explain(path, page.laidOut().text(), FORMAT)).print(out);
        }
    }

    @Override
    public boolean draw(SourceInput input, Appendable svg) throws IOException {
        List<PdfPage> pages = read(input);
        PdfPage page = pages.get(0);
        SvgDrawing.draw(page, stages.explain(input.path(), page.laidOut().text(), FORMAT), render(input), svg);
        return true;
    }

    private List<PdfPage> read(SourceInput input) throws IOException {
        Deadline deadline = new Deadline(input.path(), options.maxSecondsPerFile());
        try (PDDocument document = PdfDocuments.open(input, options.maxFileMegabytes(), options.maxPages())) {
            PageReader reader = new PageReader(new GlyphReader(input.path(), deadline, MAX_GLYPHS), deadline);
            String title = document.getDocumentInformation().getTitle();
            List<PdfPage> pages = new ArrayList<>();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                pages.add(reader.read(document, n, title));
            }
            if (pages.stream().noneMatch(PdfPage::hasText)) {
                throw new InputException(input.path(), 0, "no text layer: the PDF holds only images (a scan?); "
                        + "run OCR on it first (e.g. ocrmypdf) and convert the result");
            }
            return pages;
        } catch (IOException e) {
            // A content stream PDFBox cannot parse: the file is damaged past the page it started on.
            throw new InputException(input.path(), 0, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** The first page as PNG at 72 dpi, the background of the drawing. */
    private byte[] render(SourceInput input) throws IOException {
        try (PDDocument document = PdfDocuments.open(input, options.maxFileMegabytes(), options.maxPages())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }

    /** A single-page PDF is its page; the pages of a longer one get "#page=N" so that ids stay unique. */
    private static String pagePath(SourceInput input, PdfPage page, int pages) {
        return pages == 1 ? input.path() : input.path() + "#page=" + page.number();
    }
}
