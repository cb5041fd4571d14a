package io.broadsheet.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.parser.pdf.sketch.FrontPage;
import org.junit.jupiter.api.Test;

class FrontPageTest {

    @Test
    void explains() throws Exception {
        String out = Pdfs.explain("hbrb-01.pdf", FrontPage.pdf());
        System.out.println(out);
        assertThat(out).isNotEmpty();
    }
}
