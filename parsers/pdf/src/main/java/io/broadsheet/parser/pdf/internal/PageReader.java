package io.broadsheet.parser.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** One PDF page through the layout stages: glyphs → lines → blocks → reading order (paragraphs re-joined across columns) → hints → laid-out text. */
final class PageReader {

    private final GlyphReader glyphs;
    private final Deadline deadline;

    PageReader(GlyphReader glyphs, Deadline deadline) {
        this.glyphs = glyphs;
        this.deadline = deadline;
    }

    PdfPage read(PDDocument document, int number, String documentTitle) throws IOException {
        PDPage page = document.getPage(number - 1);
        List<TextLine> lines = LineBuilder.build(glyphs.read(document, number));
        PageGraphics graphics = new PageGraphics(page, deadline);
        graphics.read();
        double body = ReadingHints.bodySize(lines);
        List<LayoutBlock> blocks = new ArrayList<>(BlockBuilder.build(lines, body));
        for (Box image : graphics.images()) {
            blocks.add(LayoutBlock.picture(image));
        }
        List<LayoutBlock> ordered = ColumnJoiner.join(ReadingOrder.order(blocks, graphics.rules()), body);
        double width = page.getCropBox().getWidth();
        double height = page.getCropBox().getHeight();
        List<Hint> hints = ReadingHints.hints(ordered, body, graphics.rules(), width, height);
        List<String> furniture = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (hints.get(i) == Hint.FURNITURE) {
                furniture.add(ordered.get(i).text());
            }
        }
        return new PdfPage(number, width, height, ordered, hints, graphics.rules(), LaidOutText.write(ordered, hints),
                EditionFacts.read(documentTitle, furniture));
    }
}
