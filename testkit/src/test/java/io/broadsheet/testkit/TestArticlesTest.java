package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TestArticlesTest {

    private final List<Article> fixtures = TestArticles.fixtures();

    private void someArticleHas(String field, Predicate<Article> filled) {
        assertThat(fixtures).as(field).anyMatch(filled);
    }

    @Test
    void theFixturesFillEveryFieldOfTheModel() {
        someArticleHas("column", a -> a.column() != null);
        someArticleHas("kicker", a -> a.kicker() != null);
        someArticleHas("title", a -> a.title() != null);
        someArticleHas("subtitles", a -> !a.subtitles().isEmpty());
        someArticleHas("byline", a -> a.byline() != null);
        someArticleHas("authors", a -> !a.authors().isEmpty());
        someArticleHas("dateline", a -> a.dateline() != null && a.dateline().agency() != null
                && a.dateline().place() != null && a.dateline().date() != null);
        someArticleHas("sections", a -> a.sections().stream().anyMatch(s -> s.heading() != null));
        someArticleHas("caption", a -> a.caption() != null);
        someArticleHas("credit", a -> a.credit() != null);
        someArticleHas("continuedTo", a -> a.continuedTo() != null);
        someArticleHas("continuedFrom", a -> a.continuedFrom() != null);
        someArticleHas("edition", a -> a.edition().publication() != null && a.edition().date() != null
                && a.edition().page() != null);
        someArticleHas("metadata", a -> !a.metadata().isEmpty());
        assertThat(fixtures.stream().map(Article::kind).distinct()).contains(ArticleKind.ARTICLE, ArticleKind.PHOTO);
        assertThat(fixtures.stream().map(Article::id).filter(Objects::nonNull).distinct()).hasSameSizeAs(fixtures);
    }

    @Test
    void theOracleReplacesOnlyLoneSurrogates() {
        assertThat(TestArticles.replaceLoneSurrogates("a\uD840b𠀋")).isEqualTo("a\uFFFDb𠀋");
    }
}
