package io.broadsheet.testkit;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of articles for property-style tests: the same seed gives the same articles. With
 * {@code hostile(true)} texts include markup characters, control characters, lone surrogates, very long
 * lines, leading markers of Markdown/CSV formulas and mixed scripts.
 */
public final class ArticleGenerator {

    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static final String[] HOSTILE = {
        "<script>alert('x')</script>", "a & b < c > d \" e ' f", "]]>", "=SUM(A1:A9)", "+1", "-1", "@cmd",
        "\tTab", "\u0000\u0001\u0007\u001b", "\ud800", "\udc00lone low", "emoji 😀 and 𠀋", "# not a heading",
        "* not a list", "1. not a list", "> not a quote", "`code`", "[link](http://x)", "---", "\\backslash\\",
        "line\nbreak", "carriage\r\nreturn", "\u2028\u2029", "\uFEFFbom", "——", "（全角）(half)", "&amp;&#x41;",
    };

    private final Random random;
    private boolean hostile;
    private int count;

    public ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public ArticleGenerator hostile(boolean value) {
        this.hostile = value;
        return this;
    }

    public List<Article> generate(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    public Article next() {
        int index = count++;
        String path = "gen/page-" + (index / 7 + 1) + ".txt";
        ArticleKind kind = ArticleKind.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
        Article.Builder b = Article.builder()
                .id(ArticleIds.of(path, index))
                .kind(kind)
                .source(new SourceRef(path, index * 10 + 1, index * 10 + 1 + random.nextInt(20), "UTF-8"))
                .edition(random.nextBoolean()
                        ? new Edition("示例日报", "2022-11-" + String.format("%02d", 1 + random.nextInt(28)), 1 + random.nextInt(8))
                        : Edition.UNKNOWN);
        if (kind == ArticleKind.ARTICLE) {
            b.title(text(4, 30));
            if (random.nextInt(3) == 0) b.kicker(text(4, 20));
            if (random.nextInt(4) == 0) b.column(text(2, 8));
            if (random.nextInt(3) == 0) b.addSubtitle("——" + text(6, 24));
            if (random.nextInt(2) == 0) {
                String name = text(2, 3);
                b.byline("记者 " + name).addAuthor(name);
            }
            if (random.nextInt(3) == 0) b.dateline(new Dateline("本报讯", null, null, null));
            if (random.nextInt(10) == 0) b.dateline(new Dateline("新华社北京11月10日电", "新华社", "北京", "11月10日"));
        }
        if (kind == ArticleKind.PHOTO) {
            if (random.nextBoolean()) b.caption(text(10, 80));
            String name = text(2, 3);
            b.credit(name + " 摄").byline(name + " 摄").addAuthor(name);
        } else {
            int sections = 1 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                List<String> paragraphs = new ArrayList<>();
                int n = 1 + random.nextInt(5);
                for (int p = 0; p < n; p++) {
                    paragraphs.add(text(10, 200) + "。");
                }
                b.addSection(new Section(s == 0 ? null : text(4, 14), paragraphs));
            }
        }
        if (random.nextInt(8) == 0) b.continuedTo(2 + random.nextInt(6));
        if (random.nextInt(8) == 0) b.continuedFrom(1 + random.nextInt(6));
        if (random.nextInt(5) == 0) b.putMetadata("url", "https://example.org/" + index);
        return b.build();
    }

    /** A run of Han characters (and, when hostile, a hostile snippet) between min and max characters long. */
    public String text(int min, int max) {
        int len = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(len + 16);
        for (int i = 0; i < len; i++) {
            if (random.nextInt(25) == 0) {
                sb.append(random.nextBoolean() ? '，' : ' ');
            } else if (random.nextInt(40) == 0) {
                sb.append((char) ('A' + random.nextInt(26)));
            } else {
                sb.append(HAN.charAt(random.nextInt(HAN.length())));
            }
        }
        if (hostile && random.nextInt(2) == 0) {
            sb.insert(random.nextInt(sb.length() + 1), HOSTILE[random.nextInt(HOSTILE.length)]);
        }
        return sb.toString();
    }

    /**
     * As {@link #text(int, int)}, without the lone surrogates a hostile snippet may hold: a hostile text that a
     * UTF-8 file can hold, for tests that write it into a file and read it back.
     */
    public String encodableText(int min, int max) {
        StringBuilder out = new StringBuilder();
        String text = text(min, max);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
