package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import io.broadsheet.testkit.CollectingSink;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How deep markup is walked is the option {@code maxNesting}; deeper blocks are read as one paragraph. */
class EpubNestingOptionTest {

    private static CollectingSink parse(int maxNesting) {
        Map<String, byte[]> book = Books.folder("thirdparty");
        book.put("text/c2.xhtml", Books.utf8("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>深</title></head>"
                + "<body><h1>嵌套</h1><div><div><div><p>第一段。</p><p>第二段。</p></div></div></div></body></html>"));
        return Books.parse(SourceInput.ofBytes("books/deep.epub", Books.zip(book)),
                new EpubParserOptions(Split.DOCUMENT, 10_000, 512, 100, maxNesting));
    }

    private static java.util.List<String> paragraphs(CollectingSink sink) {
        return sink.articles().stream().filter(a -> "嵌套".equals(a.title())).findFirst().orElseThrow().paragraphs();
    }

    @Test
    void blocksDeeperThanMaxNestingBecomeOneParagraph() {
        assertThat(paragraphs(parse(EpubParserOptions.DEFAULT_MAX_NESTING))).containsExactly("第一段。", "第二段。");
        assertThat(paragraphs(parse(2))).containsExactly("第一段。第二段。");
    }

    @Test
    void theLimitIsAnOptionWithADefault() {
        assertThat(new EpubParser().defaultOptions().maxNesting()).isEqualTo(64);
        assertThat(new EpubParser().describeOption("maxNesting")).contains("default 64");
        assertThatThrownBy(() -> new EpubParserOptions(Split.DOCUMENT, 10, 512, 100, 0)).hasMessageContaining("maxNesting");
    }
}
