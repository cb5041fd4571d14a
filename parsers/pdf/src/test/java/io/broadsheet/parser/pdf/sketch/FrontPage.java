package io.broadsheet.parser.pdf.sketch;

import io.broadsheet.parser.pdf.sketch.PageSketch.Frame;

/**
 * Page 1 of a fictional city daily, laid out as e-papers are: a masthead over a header rule; a lead story
 * under a kicker and a headline across two columns, with a byline, a paragraph that runs on into the next
 * column mid-sentence and a jump note; a two-line headline across the other two columns over a story with a
 * section heading; under a rule, a photo with its caption and credit, and a story under a letter-spaced
 * headline with Latin words in its text. Its page dump, as the text parser reads it, is
 * {@code pages/hbrb-01.txt}.
 */
public final class FrontPage {

    public static final float WIDTH = 595;
    public static final float HEIGHT = 842;
    private static final float[] COLUMN_X = {40, 172.5f, 305, 437.5f};
    private static final float COLUMN_WIDTH = 117.5f;

    private FrontPage() {
    }

    public static byte[] pdf() {
        PageSketch page = new PageSketch(WIDTH, HEIGHT).title("HBRB01A20241016C");
        page.centred(40, 555, 52, 34, true, 6, "海滨日报");
        page.text(40, 72, 9, false, "2024年10月16日 星期三");
        page.text(470, 72, 9, false, "第1版 要闻");
        page.rule(40, 80, 555, 80);

        // Lead story: kicker, headline across columns 1-2, byline, body flowing from column 1 into 2.
        page.centred(40, 290, 104, 13, false, 0, "金秋时节访农家");
        page.centred(40, 290, 134, 24, true, 0, "全市秋粮收购进度过半");
        page.flow(10, 15, column(0, 150, 470), column(1, 150, 470))
                .line("本报记者 张三")
                .skip(4)
                .paragraph("截至10月15日，全市已收购秋粮二十万吨，收购进度过半。各收购点秩序井然，农户们说今年的粮价让人放心。")
                .paragraph("市粮食部门在各乡镇设立了三十个收购点，延长收购时间，上门为种粮大户服务，并开通网上预约，农户可以选择交粮的时间和地点，不再排长队等候。")
                .paragraph("收购资金已全部落实，粮款当天结清。市粮食部门负责人表示，将继续做好收购工作，确保农民售粮顺畅，种粮收益稳定增长。")
                .paragraph("今年全市秋粮播种面积稳中有增，单产水平明显提高，丰收已成定局。")
                .right("（下转第3版）");

        // Second story: a two-line headline across columns 3-4, then a section heading inside the body.
        page.centred(305, 555, 112, 20, true, 0, "滨海新区两座立体停车场");
        page.centred(305, 555, 138, 20, true, 0, "昨日投入使用");
        page.flow(10, 15, column(2, 150, 290), column(3, 150, 470))
                .paragraph("本报讯 滨海新区新建的两座立体停车场昨日投入使用，新增车位六百个，缓解了老城区停车难的问题。")
                .paragraph("两座停车场分别位于人民路和海港路，采用智能立体车库，存取一辆车只需两分钟。")
                .bold("智能引导系统同步上线")
                .paragraph("市民通过手机即可查询空余车位，并提前预约。停车场还设置了新能源汽车充电桩四十个。");
        page.rule(40, 480, 555, 480);

        // Photo across columns 1-2 with caption and credit.
        page.picture(40, 492, 250, 150);
        page.flow(9, 13, new Frame(40, 648, 250, 760))
                .line("市民在滨江公园菊展上拍照留念。")
                .right("陈明 摄");

        // Third story: letter-spaced headline across columns 3-4, Latin words in the text.
        page.centred(305, 555, 516, 18, true, 9, "秋季运动会开幕");
        page.flow(10, 15, column(2, 532, 800), column(3, 532, 800))
                .paragraph("本报讯 第十届全市秋季运动会昨日在市体育中心开幕，三千余名运动员参加比赛。")
                .paragraph("开幕式由 Binhai Sports Channel 全程直播，比赛将持续五天。");
        page.rule(40, 806, 555, 806);
        page.text(40, 820, 8, false, "责任编辑：王五");
        return page.toPdf();
    }

    private static Frame column(int i, float top, float bottom) {
        return new Frame(COLUMN_X[i], top, COLUMN_WIDTH, bottom);
    }
}
