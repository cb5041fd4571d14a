package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.markdown.MarkdownParserOptions.RawHtml;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.HugeInput;
import io.broadsheet.testkit.SmallHeap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small file of many tiny blocks costs the Markdown library about a kilobyte a block: {@code maxLines}
 * refuses it before parsing, and the default keeps the worst file it lets through within a small heap.
 */
class MarkdownLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void halfAMillionOneCharacterParagraphsAreRefusedWithinASmallHeap() throws Exception {
        Path file = HugeInput.of("", "第\n\n", 500_000, "").write(tmp.resolve("big.md"));

        SmallHeap.Result result = SmallHeap.parse(MarkdownParser.class, file);

        assertThat(result.output()).contains("error: big.md:100001: more than maxLines (100000) lines");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLargestFileTheDefaultLetsThroughParsesWithinASmallHeap() throws Exception {
        Path file = HugeInput.of("", "第\n\n", MarkdownParserOptions.DEFAULT_MAX_LINES / 2, "").write(tmp.resolve("max.md"));

        SmallHeap.Result result = SmallHeap.parse(MarkdownParser.class, file);

        assertThat(result.output()).contains("articles: 1").doesNotContain("error");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLimitIsAnOptionNamedInTheError() {
        MarkdownParserOptions options = new MarkdownParserOptions(true, RawHtml.TEXT, true, "auto", 64, 3);
        byte[] text = "# 一\n\n二\n\n三\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new MarkdownParser().open(options)
                .parse(SourceInput.ofBytes("a.md", text), new CollectingSink()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("a.md:4: more than maxLines (3) lines");
        assertThatThrownBy(() -> new MarkdownParserOptions(true, RawHtml.TEXT, true, "auto", 64, 0))
                .hasMessageContaining("maxLines");
        assertThat(new MarkdownParser().describeOption("maxLines")).contains("default 100000");
    }
}
