package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void encodableTextIsTheHostileTextWithoutLoneSurrogates() {
        ArticleGenerator plain = new ArticleGenerator(5).hostile(true);
        ArticleGenerator encodable = new ArticleGenerator(5).hostile(true);
        boolean sawSurrogate = false;
        for (int i = 0; i < 500; i++) {
            String text = plain.text(1, 40);
            String kept = encodable.encodableText(1, 40);
            sawSurrogate |= text.chars().anyMatch(c -> Character.isSurrogate((char) c));
            assertThat(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(kept);
            assertThat(kept.replaceAll("[\\uD800-\\uDFFF]", ""))
                    .as("only surrogates go").isEqualTo(text.replaceAll("[\\uD800-\\uDFFF]", ""));
        }
        assertThat(sawSurrogate).as("the hostile snippets hold lone surrogates").isTrue();
    }
}
