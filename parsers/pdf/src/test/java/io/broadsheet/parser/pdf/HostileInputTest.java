package io.broadsheet.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import io.broadsheet.parser.pdf.sketch.PageSketch;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PDFs that cannot be read are refused with a message naming the file; none runs unbounded. */
@Timeout(60)
class HostileInputTest {

    @Test
    void anEncryptedPdfSaysItNeedsAPassword() {
        byte[] pdf = new PageSketch(300, 400).text(40, 100, 10, false, "本报讯 内容").toPdf(1, "secret");
        assertThatThrownBy(() -> Pdfs.parse("locked/01.pdf", pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("locked/01.pdf")
                .hasMessageContaining("encrypted and needs a password");
    }

    @Test
    void anImageOnlyPdfSaysItNeedsOcrFirst() {
        byte[] pdf = new PageSketch(300, 400).picture(20, 20, 260, 360).toPdf();
        assertThatThrownBy(() -> Pdfs.parse("scans/01.pdf", pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("scans/01.pdf")
                .hasMessageContaining("no text layer")
                .hasMessageContaining("OCR");
    }

    @Test
    void garbageAfterAPdfHeaderIsNotAReadablePdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> Pdfs.parse("broken/01.pdf", pdf))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken/01.pdf");
    }

    @Test
    void aTruncatedPdfIsRefusedOrReadWithoutCrashing() {
        byte[] whole = FrontPage.pdf();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        try {
            Pdfs.parse("cut/01.pdf", half);
        } catch (InputException e) {
            assertThat(e).hasMessageContaining("cut/01.pdf");
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        PdfParser parser = new PdfParser();
        PdfParserOptions d = parser.defaultOptions();
        PdfParserOptions small = new PdfParserOptions(d.pathPattern(), true, true, true, null, null, 1, d.maxPages(), d.maxSecondsPerFile());
        assertThatThrownBy(() -> parser.open(small).parse(SourceInput.ofBytes("huge.pdf", big), new CollectingSink()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("huge.pdf")
                .hasMessageContaining("maxFileMegabytes");
    }

    @Test
    void morePagesThanTheLimitAreRefused() {
        byte[] pdf = new PageSketch(300, 400).text(40, 100, 10, false, "本报讯 内容").toPdf(3, null);
        PdfParser parser = new PdfParser();
        PdfParserOptions d = parser.defaultOptions();
        PdfParserOptions two = new PdfParserOptions(d.pathPattern(), true, true, true, null, null, 10, 2, d.maxSecondsPerFile());
        assertThatThrownBy(() -> parser.open(two).parse(SourceInput.ofBytes("edition.pdf", pdf), new CollectingSink()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("edition.pdf")
                .hasMessageContaining("3 pages");
    }

    @Test
    void theLimitsMustBePositive() {
        PdfParserOptions d = new PdfParser().defaultOptions();
        assertThatThrownBy(() -> new PdfParserOptions(d.pathPattern(), true, true, true, null, null, 0, 1, 1))
                .hasMessageContaining("maxFileMegabytes");
    }

    @Test
    void eachPageOfALongerPdfIsReadWithItsOwnPath() {
        byte[] pdf = new PageSketch(300, 400).text(40, 60, 20, true, "海港新开航线")
                .text(40, 100, 10, false, "本报讯 海港昨日新开两条航线。").toPdf(2, null);
        assertThat(Pdfs.parse("edition.pdf", pdf)).extracting(a -> a.source().path())
                .containsExactly("edition.pdf#page=1", "edition.pdf#page=2");
    }
}
