package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.OptionsBinder;
import io.broadsheet.runtime.config.YamlReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An operator tunes the parser for another newspaper in YAML, with no code change. */
class LexiconYamlTest {

    private static final String PAGE = """
            ## 港城海鲜节开幕

            港城通讯社海滨11月10日电 第五届港城海鲜节今天开幕。

            游客在海鲜节上品尝特色小吃。

            本台记者 钱多多 拍摄
            """;

    private static TextParserOptions bind(String yaml, List<String> errors) {
        Located config = YamlReader.read(new StringReader(yaml), "paper.yaml");
        TextParser parser = new TextParser();
        return OptionsBinder.bind(TextParserOptions.class, parser.defaultOptions(), config.tree(), config, "",
                "parsers.text", errors);
    }

    @Test
    void theDefaultLexiconDoesNotKnowThisPapersWords() {
        List<Article> page = Pages.parseText("p.txt", PAGE, new TextParser().defaultOptions());

        assertThat(page.get(0).dateline()).isNull();
        assertThat(page).noneMatch(a -> a.credit() != null);
    }

    @Test
    void additionsFromYamlExtendTheDefaults() {
        List<String> errors = new ArrayList<>();
        TextParserOptions options = bind("""
                lexiconAdditions:
                  agencies: [港城通讯社]
                  reporterRoles: [本台记者]
                  creditMarkers: [拍摄]
                """, errors);

        assertThat(errors).isEmpty();
        assertThat(options.effectiveLexicon().agencies()).contains("新华社", "港城通讯社");
        List<Article> page = Pages.parseText("p.txt", PAGE, options);
        Article a = page.get(0);
        assertThat(a.dateline().text()).isEqualTo("港城通讯社海滨11月10日电");
        assertThat(a.dateline().agency()).isEqualTo("港城通讯社");
        assertThat(a.dateline().place()).isEqualTo("海滨");
        Article photo = page.get(1);
        assertThat(photo.credit()).isEqualTo("本台记者 钱多多 拍摄");
        assertThat(photo.authors()).containsExactly("钱多多");
        assertThat(photo.caption()).isEqualTo("游客在海鲜节上品尝特色小吃。");
    }

    @Test
    void aListGivenUnderLexiconReplacesTheDefault() {
        List<String> errors = new ArrayList<>();
        TextParserOptions options = bind("""
                lexicon:
                  agencies: [港城通讯社]
                """, errors);

        assertThat(errors).isEmpty();
        assertThat(options.effectiveLexicon().agencies()).containsExactly("港城通讯社");
        assertThat(options.effectiveLexicon().reporterRoles()).isEqualTo(TextLexicon.DEFAULT.reporterRoles());
        assertThat(Pages.parseText("p.txt", "## 标题\n\n新华社北京11月10日电 正文。\n", options).get(0).dateline()).isNull();
    }

    @Test
    void mistakesAreReportedWithFileLineAndAllowedKeys() {
        List<String> errors = new ArrayList<>();
        bind("""
                lexiconAdditions:
                  agency: [港城通讯社]
                limits:
                  maxSectionHeading: ten
                """, errors);

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("paper.yaml:2:")
                .contains("unknown key 'agency'").contains("agencies"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("paper.yaml:4:").contains("maxSectionHeading"));
    }

    @Test
    void aBrokenPatternIsAnOptionsErrorNotACrash() {
        List<String> errors = new ArrayList<>();
        bind("""
                lexiconAdditions:
                  datelinePatterns: ["^(?<agency>本台"]
                """, errors);

        assertThat(errors).singleElement().asString().contains("datelinePatterns").contains("not a valid pattern");
    }
}
