package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs the fuzzer found (the full inputs replay in the fuzz module), each reduced to its cause. */
class MarkdownFuzzFindingsTest {

    private static void parse(String text, CollectingSink sink) throws Exception {
        MarkdownParser parser = new MarkdownParser();
        parser.open(parser.defaultOptions()).parse(SourceInput.ofBytes("post.md", text.getBytes(StandardCharsets.UTF_8)), sink);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateline: \"", "dateline: '", "authors:\n  - \""})
    void aFrontMatterValueThatIsALoneQuoteIsAnErrorOnItsLine(String value) {
        String text = "---\ntitle: 标题\n" + value + "\n---\n\n正文。\n";

        assertThatThrownBy(() -> parse(text, new CollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("post.md:" + (2 + value.split("\n").length) + ": front matter value is a lone quote mark");
    }

    @Test
    void quotesElsewhereAreLeftToYaml() throws Exception {
        CollectingSink sink = new CollectingSink();
        parse("---\ntitle: \"'\"\n---\n\n\"\n", sink);
        assertThat(sink.articles()).hasSize(1);
        assertThat(sink.articles().get(0).title()).isEqualTo("'");
    }
}
