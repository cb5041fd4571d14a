package io.broadsheet.parser.pdf.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDFBox logs every recoverable oddity it meets (a font substituted, a damaged object skipped) through
 * commons-logging, which ends on stderr as java.util.logging lines between the progress and the report.
 * The parser reports what matters itself (a refused file, with its name), so only PDFBox's severe
 * messages are let through.
 */
final class PdfBoxLogging {

    /** Held: java.util.logging keeps loggers weakly and would forget the level. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private PdfBoxLogging() {
    }

    static void quiet() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
