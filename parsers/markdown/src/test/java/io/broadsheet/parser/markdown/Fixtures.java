package io.broadsheet.parser.markdown;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import java.util.List;

/** The hand-written fixtures under src/test/resources/markdown, read with the testkit's Fixtures. */
final class Fixtures {

    static final MarkdownParser PARSER = new MarkdownParser();

    private Fixtures() {
    }

    static SourceInput input(String name) {
        return io.broadsheet.testkit.Fixtures.input("markdown/" + name);
    }

    static List<Article> parse(String name) {
        return parse(name, PARSER.defaultOptions());
    }

    static List<Article> parse(String name, MarkdownParserOptions options) {
        return parse(input(name), options).articles();
    }

    static CollectingSink parse(SourceInput input, MarkdownParserOptions options) {
        return io.broadsheet.testkit.Fixtures.parse(PARSER, options, input);
    }
}
