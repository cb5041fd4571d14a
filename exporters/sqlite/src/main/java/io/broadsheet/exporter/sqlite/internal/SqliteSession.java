package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.sqlite.SqliteExporterOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

/**
 * One database: the schema first, then articles in arrival order inside transactions of
 * {@code articlesPerTransaction}, then a compaction so that equal input gives an equal file.
 */
public final class SqliteSession implements ExportSession {

    private final OutputTarget target;
    private final int articlesPerTransaction;
    private final ScratchDatabase db;
    private final ArticleInserter inserter;
    private int inTransaction;

    private SqliteSession(OutputTarget target, int articlesPerTransaction, ScratchDatabase db) throws SQLException {
        this.target = target;
        this.articlesPerTransaction = articlesPerTransaction;
        this.db = db;
        for (String ddl : Schema.TABLES) {
            db.execute(ddl);
        }
        db.execute("PRAGMA user_version = " + Schema.VERSION);
        db.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
        db.connection().setAutoCommit(false);
        this.inserter = new ArticleInserter(db.connection());
    }

    public static SqliteSession open(SqliteExporterOptions options, OutputTarget target) throws IOException {
        ScratchDatabase db = ScratchDatabase.create();
        try {
            return new SqliteSession(target, options.articlesPerTransaction(), db);
        } catch (SQLException e) {
            db.close();
            throw new IOException("cannot create the tables of " + target.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void accept(Article article) throws IOException {
        try {
            inserter.insert(article);
            if (++inTransaction == articlesPerTransaction) {
                db.connection().commit();
                inTransaction = 0;
            }
        } catch (SQLException e) {
            throw new IOException(target.name() + ": cannot store article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            db.connection().commit();
            inserter.close();
            db.connection().setAutoCommit(true);
            // The index is built here, in one go, rather than article by article: its pages then depend
            // on the articles alone, not on how the transactions fell.
            db.execute("INSERT INTO article_text (article_text) VALUES ('rebuild')");
            db.execute("INSERT INTO article_text (article_text) VALUES ('optimize')");
        } catch (SQLException e) {
            throw new IOException(target.name() + ": cannot finish the database: " + e.getMessage(), e);
        }
        try (OutputStream out = target.create(target.name())) {
            db.compactInto(out);
        }
    }

    @Override
    public void close() throws IOException {
        db.close();
    }
}
