package io.broadsheet.core.spi;

import io.broadsheet.core.model.Article;
import java.io.IOException;

/** Where a parser sends the articles it reads, one at a time, and the warnings it has about its input. */
public interface ArticleSink {

    void accept(Article article) throws IOException;

    /** Something odd but recoverable in the input, at a 1-based line (0 when none applies). */
    void warn(String source, int line, String message);
}
