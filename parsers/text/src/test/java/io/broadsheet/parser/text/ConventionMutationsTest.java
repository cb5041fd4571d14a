package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convention pages as other extraction tools write them: what a reader sees (titles, columns,
 * bylines, authors, kinds) must not change with the tool.
 */
class ConventionMutationsTest {

    private static final List<String> PAGES = List.of("padded-names.txt", "trailing-credits.txt", "reader-letters.txt",
            "rubric-lines.txt", "letter-spacing.txt", "unicode-spaces.txt", "never-a-title.txt", "untitled-fragment.txt",
            "headline-below-lead.txt", "photo-conventions.txt");

    private enum Mutation {
        NBSP(t -> t.replace(' ', '\u00a0')),
        IDEOGRAPHIC_SPACES(t -> t.replace("  ", "\u3000")),
        FULL_WIDTH_PUNCTUATION(t -> t.replace(',', '，').replace('(', '（').replace(')', '）').replace(':', '：')),
        HALF_WIDTH_PUNCTUATION(t -> t.replace('，', ',').replace('（', '(').replace('）', ')').replace('：', ':')),
        DEEPER_MARKERS(t -> t.replaceAll("(?m)^(#+) ", "#$1 ")),
        CRLF(t -> t.replace("\n", "\r\n")),
        /** Padding after the text of a line (a blank line stays blank: a line of spaces is debris, not a gap). */
        TRAILING_SPACES(t -> t.replaceAll("(?m)(\\S)$", "$1 \t"));

        final UnaryOperator<String> change;

        Mutation(UnaryOperator<String> change) {
            this.change = change;
        }
    }

    static Stream<Arguments> pagesAndMutations() {
        return PAGES.stream().flatMap(p -> Stream.of(Mutation.values()).map(m -> Arguments.of(p, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesAndMutations")
    void aMutatedPageReadsAsTheOriginal(String page, Mutation mutation) {
        String text = new String(Pages.bytes(page), StandardCharsets.UTF_8);

        List<String> original = seen(Pages.parseText(page, text, Pages.PARSER.defaultOptions()));
        List<String> mutated = seen(Pages.parseText(page, mutation.change.apply(text), Pages.PARSER.defaultOptions()));

        assertThat(mutated).containsExactlyElementsOf(original);
    }

    /** Pages whose reading does not rest on blank lines (picture gaps) survive a tool that writes none. */
    @ParameterizedTest(name = "{0} without blank lines")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"padded-names.txt", "trailing-credits.txt",
            "reader-letters.txt", "rubric-lines.txt", "letter-spacing.txt", "never-a-title.txt", "unicode-spaces.txt"})
    void aPageWithoutBlankLinesReadsAsTheOriginal(String page) {
        String text = new String(Pages.bytes(page), StandardCharsets.UTF_8);

        List<String> original = seen(Pages.parseText(page, text, Pages.PARSER.defaultOptions()));
        List<String> mutated = seen(Pages.parseText(page, text.replaceAll("\n[ \u00a0]*(?=\n)", ""),
                Pages.PARSER.defaultOptions()));

        assertThat(mutated).containsExactlyElementsOf(original);
    }

    /** What a reader sees of each item, with the width of punctuation and spaces set aside as the scorer does. */
    private static List<String> seen(List<Article> articles) {
        return articles.stream().map(a -> norm(a.kind() + "|" + a.column() + "|" + a.title() + "|" + a.subtitles()
                + "|" + a.byline() + "|" + a.authors() + "|" + a.caption() + "|" + a.paragraphs().size())).toList();
    }

    private static String norm(String s) {
        return s.replace(" ", "").replace('，', ',').replace('（', '(').replace('）', ')').replace('：', ':');
    }
}
