package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.spi.SourceInput;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FixturesTest {

    private static final String ARTICLES = "io/broadsheet/testkit/articles.jsonl";

    @Test
    void anInputIsNamedByItsResourcePathAndHoldsItsBytes() throws Exception {
        SourceInput input = Fixtures.input(ARTICLES);

        assertThat(input.path()).isEqualTo(ARTICLES);
        try (InputStream in = input.open()) {
            assertThat(in.readAllBytes()).isEqualTo(Fixtures.bytes(ARTICLES)).isNotEmpty();
        }
    }

    @Test
    void aMissingFixtureIsNamed() {
        assertThatThrownBy(() -> Fixtures.bytes("no/such.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such.txt");
    }

    @Test
    void readsJsonLinesIntoArticlesInOrder() {
        assertThat(Fixtures.articles(ARTICLES)).isEqualTo(TestArticles.fixtures()).hasSize(9);
    }
}
