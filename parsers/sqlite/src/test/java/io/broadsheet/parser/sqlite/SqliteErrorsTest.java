package io.broadsheet.parser.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database the parser cannot trust is refused with a message naming the file; rows before a bad one are kept. */
class SqliteErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheSampleArchiveInOrderWithEveryField() throws Exception {
        List<Article> articles = read(sample());

        assertThat(articles).hasSize(7);
        assertThat(articles).extracting(a -> a.source().path()).isSorted().allMatch(p -> p.startsWith("jiangcheng-daily/"));
        assertThat(articles).anyMatch(a -> a.dateline() != null && !a.authors().isEmpty() && a.sections().size() > 1);
    }

    @Test
    void aNewerSchemaVersionIsRefused() throws Exception {
        Path file = sample();
        sql(file, "PRAGMA user_version = 2");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InputException.class)
                .hasMessage("db/articles.sqlite: written with schema version 2 by a newer Broadsheet;"
                        + " this one reads versions up to 1");
    }

    @Test
    void aSqliteFileOfAnotherSchemaIsRefused() throws Exception {
        Path file = tmp.resolve("other.db");
        sql(file, "CREATE TABLE articles (id TEXT, title TEXT)", "INSERT INTO articles VALUES ('a', 'b')");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("db/articles.sqlite: not a Broadsheet database: a SQLite file of another schema");
    }

    @Test
    void bytesThatAreNotSqliteAreAnInputError() throws Exception {
        Path file = tmp.resolve("junk.db");
        Files.writeString(file, "id,title\n1,不是数据库\n".repeat(200));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("db/articles.sqlite: cannot read as a SQLite database:");
    }

    @Test
    void aRowEditedIntoSomethingTheModelCannotHoldNamesTheRowAfterTheArticlesBeforeIt() throws Exception {
        Path file = sample();
        sql(file, "UPDATE articles SET source_start_line = 9, source_end_line = 2 WHERE seq = 4");
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> new SqliteParser().open(NoOptions.INSTANCE)
                .parse(SourceInput.ofFile(file, "db/articles.sqlite"), sink))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("db/articles.sqlite: articles row seq 4: bad line range 9-2");
        assertThat(sink.articles()).hasSize(3);
    }

    @Test
    void theFileIsOpenedReadOnly() throws Exception {
        Path file = sample();
        byte[] before = Files.readAllBytes(file);

        read(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private Path sample() throws Exception {
        Path file = tmp.resolve("sample.sqlite");
        Files.write(file, Fixtures.sampleBytes());
        return file;
    }

    private static List<Article> read(Path file) throws Exception {
        return ParserContract.parse(new SqliteParser(), NoOptions.INSTANCE, SourceInput.ofFile(file, "db/articles.sqlite"));
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
