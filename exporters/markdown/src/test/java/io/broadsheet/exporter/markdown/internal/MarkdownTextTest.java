package io.broadsheet.exporter.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.exporter.markdown.MarkdownReading;
import io.broadsheet.exporter.markdown.MarkdownReading.Block;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like Markdown must come out of CommonMark exactly as it went in. */
class MarkdownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "# not a heading", "###### six", "#hashtag", "> not a quote", "- not a list", "+ not a list",
        "* not a list", "1. not a list", "1) not a list", "123456789. nine digits", "2023.3.14 日期",
        "---", "***", "___", "- - -", "===", "    four spaces", "\tleading tab", "  two spaces", "trailing  ",
        "trailing tab\t", "`code`", "```fence", "~~~fence", "~~strike~~", "*em* **strong** _em_ __strong__",
        "[link](http://example.org)", "![image](x.png)", "[ref]: http://example.org", "<b>html</b>",
        "<!-- comment -->", "<div>", "<http://example.org>", "a & b &amp; &#x41; &copy;", "\\backslash\\",
        "ends with backslash\\", "| a | b |", "a|b", "line\nbreak", "carriage\r\nreturn", "only\rcr",
        "\u2028\u2029", "\uFEFFbom", "bell\u0007esc\u001b", "emoji 😀 and 𠀋", "（全角）(half)", "——",
        "100% = 1", "=SUM(A1:A9)", "@cmd", "{{< shortcode >}}", "a\\*b", "\\", "#", "&", "<", " ",
        "市委政研室：向疫而行践初心", "第一段。\n\n第二段？"
    })
    void paragraphsRenderLiterally(String text) {
        String md = "**本报讯** x\n\n" + MarkdownText.paragraph(text) + "\n";
        assertThat(MarkdownReading.blocks(md)).containsExactly(Block.p("本报讯 x"), Block.p(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# heading", "heading #", "heading ##", "a # b", "  spaced  ", "*em*", "1. list", "> q", "<em>",
        "line\nbreak", "\\", "#"
    })
    void headingsRenderLiterally(String text) {
        String md = BodyBlocks.heading(text) + "\n";
        assertThat(MarkdownReading.blocks(md)).containsExactly(Block.h2(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000nul", "lone \ud800 high", "lone \udc00 low"})
    void nulAndLoneSurrogatesBecomeReplacementCharacters(String text) {
        String md = MarkdownText.paragraph(text) + "\n";
        assertThat(MarkdownReading.blocks(md)).containsExactly(Block.p(MarkdownReading.normalise(text)));
        assertThat(MarkdownReading.normalise(text)).contains("\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"本报讯(记者 周明远)", "*", "**", "_x_", "(", "a\\", "新华社云岫3月13日电", "—"})
    void datelinesAreBoldAndLiteral(String dateline) {
        Article a = Article.builder().id("x").source(SourceRef.of("x.txt"))
                .dateline(io.broadsheet.core.model.Dateline.of(dateline))
                .addSection(Section.lead(List.of("*正文* 第一段。"))).build();
        String md = String.join("\n\n", ArticleBody.blocks(a)) + "\n";
        assertThat(MarkdownReading.blocks(md)).containsExactly(Block.p(dateline + " *正文* 第一段。"));
        assertThat(MarkdownReading.leadingBold(md)).isEqualTo(dateline);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 本报讯", "本报讯 ", "\t本报讯"})
    void datelinesWithOuterSpacesArePlainButLiteral(String dateline) {
        Article a = Article.builder().id("x").source(SourceRef.of("x.txt"))
                .dateline(io.broadsheet.core.model.Dateline.of(dateline))
                .addSection(Section.lead(List.of("第一段。"))).build();
        String md = String.join("\n\n", ArticleBody.blocks(a)) + "\n";
        assertThat(MarkdownReading.blocks(md)).containsExactly(Block.p(dateline + " 第一段。"));
        assertThat(MarkdownReading.leadingBold(md)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"疫情就是命令,防控就是责任。", "“国之大者”(记者 刘淑花)", "159万人民同心协力、共同战斗"})
    void ordinaryChineseTextIsNotEscaped(String text) {
        assertThat(MarkdownText.paragraph(text)).isEqualTo(text);
    }
}
