package io.broadsheet.parser.pdf.sketch;

import io.broadsheet.parser.pdf.sketch.PageSketch.Frame;

/**
 * Page 3 of the same edition: a running head with the paper's name over a header rule, the rest of the
 * front page's lead story at the top of the first column under a "continued from" note, and a short story
 * in the last column. Its page dump is {@code pages/hbrb-03.txt}.
 */
public final class InsidePage {

    private InsidePage() {
    }

    public static byte[] pdf() {
        PageSketch page = new PageSketch(FrontPage.WIDTH, FrontPage.HEIGHT).title("HBRB03A20241016C");
        page.text(40, 60, 9, false, "2024年10月16日 星期三");
        page.text(270, 60, 14, true, "海滨日报");
        page.text(480, 60, 9, false, "第3版 经济");
        page.rule(40, 70, 555, 70);
        page.flow(10, 15, new Frame(40, 86, 117.5f, 400), new Frame(172.5f, 86, 117.5f, 400), new Frame(305, 86, 117.5f, 400))
                .line("（上接第1版）")
                .paragraph("各收购点还为农户准备了热水和午饭，收购人员加班加点，确保农户当天交粮、当天回家。")
                .paragraph("市粮食部门表示，收购工作将持续到十二月底。");
        page.centred(437.5f, 555, 100, 16, true, 0, "海港新开航线");
        page.flow(10, 15, new Frame(437.5f, 116, 117.5f, 400))
                .paragraph("本报讯 海港昨日新开两条航线，直达东南亚主要港口。");
        return page.toPdf();
    }
}
