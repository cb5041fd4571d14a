package io.broadsheet.parser.text;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.Fixtures;
import java.util.List;

/** Fixture pages (written for these tests, in the style of real page dumps) and their parsing. */
final class Pages {

    static final TextParser PARSER = new TextParser();

    private Pages() {
    }

    static byte[] bytes(String fixture) {
        return Fixtures.bytes("fixtures/" + fixture);
    }

    static SourceInput input(String fixture) {
        return SourceInput.ofBytes(fixture, bytes(fixture));
    }

    static List<Article> parse(String fixture) {
        return parse(fixture, PARSER.defaultOptions());
    }

    static List<Article> parse(String fixture, TextParserOptions options) {
        return Fixtures.parse(PARSER, options, input(fixture)).articles();
    }

    static List<Article> parseText(String path, String text, TextParserOptions options) {
        SourceInput input = SourceInput.ofBytes(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Fixtures.parse(PARSER, options, input).articles();
    }

    static Article titled(List<Article> articles, String title) {
        return articles.stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled «" + title + "» in " + titles(articles)));
    }

    static List<String> titles(List<Article> articles) {
        return articles.stream().filter(a -> a.kind() == ArticleKind.ARTICLE).map(Article::title).toList();
    }

    static List<String> headings(Article a) {
        return a.sections().stream().map(s -> s.heading()).filter(h -> h != null).toList();
    }

    static TextParserOptions.Punctuation keep() {
        return TextParserOptions.Punctuation.KEEP;
    }

    /** Default options with some changed. */
    static TextParserOptions with(boolean join, boolean dedupe, TextParserOptions.Punctuation punctuation, String pathPattern) {
        TextParserOptions d = PARSER.defaultOptions();
        return new TextParserOptions(d.encoding(), join, dedupe, punctuation, pathPattern, d.linkContinuations(),
                d.lexicon(), d.lexiconAdditions(), d.limits());
    }
}
