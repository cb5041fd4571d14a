package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF within limits: the file's size is checked before it is read, PDFBox's stream cache lives in
 * bounded main memory, and an encrypted or unreadable file is refused with a message that names it.
 */
final class PdfDocuments {

    private static final long MB = 1024L * 1024L;

    private PdfDocuments() {
    }

    static PDDocument open(SourceInput input, int maxFileMegabytes, int maxPages) throws IOException {
        String source = input.path();
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxFileMegabytes * MB + 1));
        }
        if (bytes.length > maxFileMegabytes * MB) {
            throw new LimitExceededException(source, 0, "PDF larger than " + maxFileMegabytes + " MB (maxFileMegabytes)");
        }
        PDDocument document;
        try {
            // Decoded streams may take at most as much memory again as the file itself, never unbounded.
            document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(Math.max(16 * MB, 2L * bytes.length)).streamCache);
        } catch (InvalidPasswordException e) {
            throw new InputException(source, 0, "the PDF is encrypted and needs a password to open; decrypt it first");
        } catch (IOException | RuntimeException e) {
            throw new InputException(source, 0, "not a readable PDF: " + e.getMessage(), e);
        }
        try {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new InputException(source, 0, "the PDF is encrypted and its owner forbids text extraction");
            }
            if (document.getNumberOfPages() == 0) {
                throw new InputException(source, 0, "the PDF has no pages");
            }
            if (document.getNumberOfPages() > maxPages) {
                throw new LimitExceededException(source, 0, "the PDF has " + document.getNumberOfPages()
                        + " pages, more than " + maxPages + " (maxPages)");
            }
            return document;
        } catch (RuntimeException e) {
            document.close();
            throw e;
        }
    }
}
