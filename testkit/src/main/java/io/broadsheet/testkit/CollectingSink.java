package io.broadsheet.testkit;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import java.util.ArrayList;
import java.util.List;

/** An {@link ArticleSink} that keeps every article and warning, for assertions. */
public final class CollectingSink implements ArticleSink {

    private final List<Article> articles = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void warn(String source, int line, String message) {
        warnings.add(source + ":" + line + ": " + message);
    }

    public List<Article> articles() {
        return articles;
    }

    public List<String> warnings() {
        return warnings;
    }
}
