package io.broadsheet.parser.text;

import static io.broadsheet.parser.text.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real archives arrive in GB18030/GBK, UTF-8 with a BOM or UTF-16 as well as UTF-8. */
class EncodingTest {

    @Test
    void gb18030IsDetectedAndDecoded() {
        List<Article> page = parse("gb18030.txt");

        assertThat(page.get(0).title()).isEqualTo("城市书房增至二十家");
        assertThat(page.get(0).byline()).isEqualTo("记者 罗兰");
        assertThat(page.get(0).source().encoding()).isEqualTo("GB18030");
        assertThat(page.get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        Article a = parse("utf8-bom.txt").get(0);

        assertThat(a.title()).isEqualTo("带字节序标记的一页");
        assertThat(a.source().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        Article a = parse("utf16le-bom.txt").get(0);

        assertThat(a.title()).isEqualTo("双字节编码的一页");
        assertThat(a.paragraphs()).containsExactly("这一页以UTF-16编码。");
    }

    @Test
    void bytesThatAreNotTextNameTheFileAndLine() {
        TextParserOptions d = new TextParser().defaultOptions();
        TextParserOptions gb = new TextParserOptions("GB18030", true, true, d.punctuation(), null, true, d.lexicon(),
                d.lexiconAdditions(), d.limits());

        assertThatThrownBy(() -> parse("bad-bytes.txt", gb))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad-bytes.txt:5: not GB18030 text");
        assertThatThrownBy(() -> parse("bad-bytes.txt"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad-bytes.txt:5:");
    }
}
