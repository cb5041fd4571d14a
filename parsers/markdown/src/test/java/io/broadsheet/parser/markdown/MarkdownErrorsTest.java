package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.markdown.MarkdownParserOptions.RawHtml;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Malformed files fail with the file and line; the session goes on with the next file. */
class MarkdownErrorsTest {

    @Test
    void invalidYamlNamesFileAndLine() {
        assertThatThrownBy(() -> Fixtures.parse("bad-yaml.md"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("markdown/bad-yaml.md:")
                .hasMessageContaining("front matter is not valid YAML")
                .satisfies(e -> assertThat(((InputException) e).line()).isBetween(2, 4));
    }

    @Test
    void unknownKindNamesTheKeyLine() {
        assertThatThrownBy(() -> Fixtures.parse("bad-kind.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("markdown/bad-kind.md:3: front matter: unknown kind 'advert' (expected article, photo or fragment)");
    }

    @Test
    void pageThatIsNotANumberInOurOwnFileNamesTheKeyLine() {
        assertThatThrownBy(() -> Fixtures.parse("bad-page.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("markdown/bad-page.md:5: front matter: 'page' must be a whole number, not 'A3'");
    }

    @Test
    void thirdPartyKeysThatDoNotFitTheirFieldStayMetadata() {
        io.broadsheet.core.model.Article post = Fixtures.parse("third-party-odd-keys.md").get(0);

        assertThat(post.kind()).isEqualTo(io.broadsheet.core.model.ArticleKind.ARTICLE);
        assertThat(post.edition().page()).isNull();
        assertThat(post.source().path()).isEqualTo("markdown/third-party-odd-keys.md");
        assertThat(post.metadata()).containsEntry("page", "A3").containsEntry("kind", "advert")
                .containsEntry("source", "https://example.org/qingxi/original");
    }

    @Test
    void oversizedFileIsRefused() {
        byte[] big = ("# 大文件\n\n" + "青".repeat(400_000)).getBytes(StandardCharsets.UTF_8);
        MarkdownParserOptions options = new MarkdownParserOptions(true, RawHtml.TEXT, true, "auto", 1);

        assertThatThrownBy(() -> Fixtures.parse(SourceInput.ofBytes("big.md", big), options))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("big.md");
    }

    @Test
    void wrongFixedEncodingIsAnError() {
        byte[] gbk = "# 标题\n\n正文。\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        MarkdownParserOptions options = new MarkdownParserOptions(true, RawHtml.TEXT, true, "UTF-8", 64);

        assertThatThrownBy(() -> Fixtures.parse(SourceInput.ofBytes("gbk.md", gbk), options))
                .isInstanceOf(InputException.class)
                .hasMessage("gbk.md: not valid UTF-8 text; set the 'encoding' option");
    }

    @Test
    void aBadFileDoesNotSpoilTheNextOne() throws Exception {
        ParseSession session = Fixtures.PARSER.open(Fixtures.PARSER.defaultOptions());
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> session.parse(Fixtures.input("bad-yaml.md"), sink)).isInstanceOf(InputException.class);
        session.parse(Fixtures.input("own-fragment.md"), sink);

        assertThat(sink.articles()).hasSize(1);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new MarkdownParserOptions(true, RawHtml.TEXT, true, "no-such-charset", 64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-charset");
        assertThatThrownBy(() -> new MarkdownParserOptions(true, RawHtml.TEXT, true, "auto", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileMegabytes");
    }
}
