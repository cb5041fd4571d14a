package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Front matter is untrusted YAML: a huge scalar or comment, or deep nesting, is refused quickly with the limit named. */
class UntrustedFrontMatterTest {

    private static void refused(String markdown, String limit) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> Fixtures.parse(SourceInput.ofBytes("post.md", bytes), Fixtures.PARSER.defaultOptions()))
                        .isInstanceOf(LimitExceededException.class)
                        .hasMessageContaining("post.md:").hasMessageContaining(limit));
    }

    @Test
    void aSixteenMegabyteScalarIsRefused() {
        refused("---\ntitle: \"" + "长".repeat(16 << 20) + "\"\n---\n\n正文。\n", "maxCodePoints (1000000");
    }

    @Test
    void aCommentLargerThanTheLimitIsRefused() {
        refused("---\ntitle: 标题\n# " + "c".repeat(8 << 20) + "\n---\n\n正文。\n", "maxCodePoints");
    }

    @Test
    void deepNestingIsRefused() {
        refused("---\ntitle: 标题\nx: " + "[".repeat(200) + "]".repeat(200) + "\n---\n\n正文。\n", "maxDepth (50)");
    }

    @Test
    void ordinaryFrontMatterStillReads() {
        assertThat(Fixtures.parse(SourceInput.ofBytes("post.md", "---\ntitle: 标题\n---\n\n正文。\n"
                .getBytes(StandardCharsets.UTF_8)), Fixtures.PARSER.defaultOptions()).articles().get(0).title()).isEqualTo("标题");
    }
}
