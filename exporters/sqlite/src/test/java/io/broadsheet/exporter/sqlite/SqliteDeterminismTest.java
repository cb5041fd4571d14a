package io.broadsheet.exporter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.testkit.ArticleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite files can differ by page allocation; these prove the exporter's do not. */
class SqliteDeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameArticlesGiveAByteIdenticalFile() throws Exception {
        Path first = SqliteFiles.export(new ArticleGenerator(8).hostile(true).generate(500), tmp.resolve("a"));
        Path second = SqliteFiles.export(new ArticleGenerator(8).hostile(true).generate(500), tmp.resolve("b"));

        assertThat(firstDifference(first, second)).isEqualTo(-1);
    }

    @Test
    void transactionSizeDoesNotChangeTheFile() throws Exception {
        List<Article> articles = new ArticleGenerator(9).generate(300);

        Path oneByOne = SqliteFiles.export(articles, tmp.resolve("a"), new SqliteExporterOptions(1));
        Path allAtOnce = SqliteFiles.export(articles, tmp.resolve("b"), new SqliteExporterOptions(100_000));

        assertThat(firstDifference(oneByOne, allAtOnce)).isEqualTo(-1);
    }

    @Test
    void aSecondRunReplacesTheDatabaseWhole() throws Exception {
        Path dir = tmp.resolve("out");
        SqliteFiles.export(new ArticleGenerator(1).generate(200), dir);
        List<Article> second = new ArticleGenerator(2).generate(20);

        Path file = SqliteFiles.export(second, dir);

        assertThat(SqliteFiles.read(file)).isEqualTo(second);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("articles.sqlite");
        }
    }

    /**
     * The sqlite parser's test fixture is this exporter's output for the bundled sample archive; a
     * schema change that forgets to regenerate it fails here, and the bytes match across builds.
     */
    @Test
    void theParsersFixtureIsWhatTheExporterWritesForTheSampleArchive() throws Exception {
        Path archive = Path.of("../../samples/archive");
        List<Article> articles = SqliteRoundTripTest.parsePages(archive, "");

        Path file = SqliteFiles.export(articles, tmp.resolve("out"));

        assertThat(firstDifference(file, Path.of("../../parsers/sqlite/src/test/resources/sqlite/sample.sqlite")))
                .as("regenerate the fixture: ./broadsheet convert samples/archive --to sqlite -o DIR")
                .isEqualTo(-1);
    }

    @Test
    void theSchemaVersionAndApplicationIdAreSet() throws Exception {
        Path file = SqliteFiles.export(new ArticleGenerator(3).generate(5), tmp.resolve("out"));

        try (Database db = Database.of(file)) {
            assertThat(db.strings("PRAGMA user_version")).containsExactly("1");
            assertThat(db.strings("PRAGMA application_id")).containsExactly(String.valueOf(0x42534854));
        }
    }

    /** The offset of the first byte that differs, or -1: short enough to read when the test fails. */
    private static long firstDifference(Path a, Path b) throws java.io.IOException {
        return Files.mismatch(a, b);
    }
}
