package io.broadsheet.exporter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import io.broadsheet.testkit.ArticleGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's example queries verbatim against a generated database and checks each answer
 * against the articles themselves: the search queries must find exactly the articles whose title,
 * subtitles, headings, paragraphs or caption contain the term.
 */
class ReadmeQueriesTest {

    @TempDir
    static Path tmp;

    private static List<Article> articles;
    private static Path file;
    private static Map<String, String> queries;

    @BeforeAll
    static void writeDatabase() throws Exception {
        List<Article> generated = new ArrayList<>(new ArticleGenerator(14).generate(400));
        // Link two parts of a jump, as the text parser does once it has found both.
        Article from = generated.get(10);
        Article to = generated.get(30);
        generated.set(10, from.toBuilder().continuedTo(3).putMetadata("continuedToId", to.id()).build());
        generated.set(30, to.toBuilder().continuedFrom(1).putMetadata("continuedFromId", from.id()).build());
        articles = List.copyOf(generated);
        file = SqliteFiles.export(articles, tmp.resolve("out"));
        queries = ReadmeQueries.read();
    }

    @Test
    void theReadmeHasTheExampleQueries() {
        assertThat(queries).containsOnlyKeys("articles by author", "full-text search", "two-character words",
                "continuations");
    }

    @Test
    void theRootReadmeShowsTheSameThreeQueries() throws Exception {
        String root = java.nio.file.Files.readString(Path.of("../../README.md"), java.nio.charset.StandardCharsets.UTF_8);
        for (String name : List.of("articles by author", "full-text search", "continuations")) {
            assertThat(root).as(name).contains("-- " + name + "\n" + queries.get(name) + "\n```");
        }
    }

    @Test
    void articlesByAuthor() {
        String author = articles.stream().flatMap(a -> a.authors().stream()).findFirst().orElseThrow();
        List<String> expected = articles.stream().filter(a -> a.authors().contains(author)).map(Article::id).toList();

        try (Database db = Database.of(file)) {
            assertThat(db.strings(queries.get("articles by author"), author)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void twoCharacterWordsFindExactlyTheArticlesContainingThem() {
        List<String> words = hanWords(2);
        try (Database db = Database.of(file)) {
            for (String word : words) {
                assertThat(db.strings(queries.get("two-character words"), word))
                        .as("articles containing %s", word)
                        .containsExactlyElementsOf(idsContaining(word));
            }
            // Why the LIKE query exists: a trigram index has no entry for two characters.
            assertThat(db.strings("SELECT rowid FROM article_text WHERE article_text MATCH ?", words.get(0))).isEmpty();
        }
    }

    @Test
    void fullTextSearchFindsExactlyTheArticlesContainingAPhrase() {
        try (Database db = Database.of(file)) {
            for (String phrase : hanWords(3)) {
                assertThat(db.strings(queries.get("full-text search"), phrase))
                        .as("articles containing %s", phrase)
                        .containsExactlyInAnyOrderElementsOf(idsContaining(phrase));
            }
        }
    }

    @Test
    void continuationsNameTheOtherPart() {
        List<List<String>> expected = new ArrayList<>();
        for (Article a : articles) {
            if (a.continuedTo() != null || a.metadata().containsKey("continuedToId")) {
                String other = a.metadata().get("continuedToId");
                expected.add(java.util.Arrays.asList(a.id(), String.valueOf(a.continuedTo()), other));
            }
        }
        assertThat(expected).hasSizeGreaterThan(5).anyMatch(row -> row.get(2) != null);

        try (Database db = Database.of(file)) {
            List<List<String>> rows = db.rows(queries.get("continuations"));
            assertThat(rows.stream().map(r -> java.util.Arrays.asList(r.get(0), r.get(3), r.get(4))).toList())
                    .containsExactlyElementsOf(expected);
            assertThat(rows).filteredOn(r -> r.get(4) != null).singleElement()
                    .satisfies(r -> assertThat(r.get(5)).isEqualTo(articles.get(30).title()));
        }
    }

    /** Runs of {@code length} Han characters taken from the articles' paragraphs: 25 different ones. */
    private static List<String> hanWords(int length) {
        Set<String> words = new LinkedHashSet<>();
        for (Article a : articles) {
            for (String p : a.paragraphs()) {
                String w = p.substring(p.length() / 2, Math.min(p.length(), p.length() / 2 + length));
                if (w.length() == length && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    words.add(w);
                }
            }
        }
        assertThat(words).hasSizeGreaterThanOrEqualTo(25);
        return words.stream().limit(25).toList();
    }

    /** The ids of the articles whose indexed text contains {@code term}, in archive order. */
    private static List<String> idsContaining(String term) {
        return articles.stream().filter(a -> indexedText(a).anyMatch(t -> t.contains(term))).map(Article::id).toList();
    }

    private static Stream<String> indexedText(Article a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.title());
        parts.addAll(a.subtitles());
        for (Section s : a.sections()) {
            parts.add(s.heading());
            parts.addAll(s.paragraphs());
        }
        parts.add(a.caption());
        return parts.stream().filter(java.util.Objects::nonNull);
    }
}
