package io.broadsheet.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.pdf.sketch.FrontPage;
import org.junit.jupiter.api.Test;

/** What {@code broadsheet inspect page.pdf} shows: blocks in reading order with box, size, hint, role and rule. */
class InspectTest {

    private static final byte[] PDF = FrontPage.pdf();

    @Test
    void listsEveryBlockInReadingOrderWithBoxSizeRoleAndRule() throws Exception {
        String out = Pdfs.explain("hbrb-01.pdf", PDF);
        assertThat(out).contains("page 1 (595 x 842 pt)");
        assertThat(out.lines().filter(l -> l.contains("furniture"))).hasSize(4);
        assertThat(out).containsPattern("\\s4\\s+\\d+,\\d+-\\d+,\\d+\\s+13\\.0\\s+subheadline\\s+kicker\\s+\\S+.*金秋时节访农家");
        assertThat(out).containsPattern("24\\.0\\s+headline\\s+title\\s.*全市秋粮收购进度过半");
        assertThat(out).containsPattern("picture\\s+picture\\s+image-drawn");
        assertThat(out).containsPattern("9\\.0\\s+small\\s+caption\\s.*市民在滨江公园菊展上拍照留念");
        assertThat(out.indexOf("全市秋粮收购进度过半")).isLessThan(out.indexOf("本报记者 张三"));
        assertThat(out.indexOf("（下转第3版）")).isLessThan(out.indexOf("滨海新区两座立体停车场"));
        assertThat(out.indexOf("image-drawn")).isLessThan(out.indexOf("秋季运动会开幕"));
    }

    @Test
    void drawsThePageAsSvgWithNumberedBlocks() throws Exception {
        PdfParser parser = new PdfParser();
        StringBuilder svg = new StringBuilder();
        boolean drawn = parser.open(parser.defaultOptions()).draw(SourceInput.ofBytes("hbrb-01.pdf", PDF), svg);
        assertThat(drawn).isTrue();
        assertThat(svg.toString()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"595\" height=\"842\"")
                .endsWith("</svg>\n").contains(">1 furniture</text>", ">5 title</text>", ">17 picture</text>", ">18 caption</text>");
        assertThat(svg.toString().split("</title></rect>", -1)).hasSize(24);
        assertThat(svg.toString()).contains("<image width=\"595\" height=\"842\"", "data:image/png;base64,", "stroke-dasharray", "10 ↩</text>");
    }
}
