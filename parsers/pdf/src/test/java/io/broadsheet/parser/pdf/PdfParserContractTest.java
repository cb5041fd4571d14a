package io.broadsheet.parser.pdf;

import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import io.broadsheet.parser.pdf.sketch.PageSketch;
import java.util.List;

/** The parser contract every plugin passes, on the generated pages. */
class PdfParserContractTest extends io.broadsheet.testkit.ParserContract<PdfParserOptions> {

    @Override
    protected Parser<PdfParserOptions> parser() {
        return new PdfParser();
    }

    @Override
    protected List<SourceInput> samples() {
        byte[] brief = new PageSketch(300, 400).text(40, 60, 20, true, "海港新开航线")
                .text(40, 100, 10, false, "本报讯 海港昨日新开两条航线。").toPdf();
        return List.of(SourceInput.ofBytes("hbrb/2024-10-16/1.pdf", FrontPage.pdf()), SourceInput.ofBytes("brief.pdf", brief));
    }
}
