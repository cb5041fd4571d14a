package io.broadsheet.parser.sqlite.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Reads each database read-only, after {@link SchemaCheck} has accepted it. */
public final class SqliteSession implements ParseSession {

    @Override
    public void parse(SourceInput input, ArticleSink sink) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (LocalFile file = LocalFile.of(input);
             Connection connection = config.createConnection("jdbc:sqlite:" + file.path().toAbsolutePath());
             ArticleReader reader = open(connection, input.path())) {
            reader.readAll(sink::accept);
        } catch (SQLException e) {
            // SQLite says "file is not a database" (and the like) only at the first statement.
            throw new InputException(input.path(), 0, "cannot read as a SQLite database: " + e.getMessage(), e);
        }
    }

    private static ArticleReader open(Connection connection, String path) throws SQLException {
        SchemaCheck.require(connection, path);
        return new ArticleReader(connection, path);
    }
}
