package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.model.Edition;
import java.util.List;

/**
 * One page read: its blocks in reading order with their hints, its rules, and the laid-out text.
 *
 * @param number  1-based page number inside the PDF
 * @param edition what the PDF says of its edition (document title, folio, masthead date)
 */
record PdfPage(int number, double width, double height, List<LayoutBlock> blocks, List<Hint> hints,
        List<Box> rules, LaidOutText laidOut, Edition edition) {

    boolean hasText() {
        return blocks.stream().anyMatch(b -> !b.isPicture());
    }

}
