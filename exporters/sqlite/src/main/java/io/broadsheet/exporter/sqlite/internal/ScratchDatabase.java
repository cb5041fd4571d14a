package io.broadsheet.exporter.sqlite.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The database while it is being written: a private temporary file, since SQLite needs a file it can
 * seek in and {@code OutputTarget} hands out streams. Nobody else ever opens it, so it runs without a
 * journal or fsync; it reaches the output only whole, copied into the staged file at the end.
 */
final class ScratchDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private ScratchDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static ScratchDatabase create() throws IOException {
        Path file = Files.createTempFile("broadsheet-", ".sqlite");
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        // Fixed, not the library's default of the day: the file's bytes must not depend on it.
        config.setPageSize(4096);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new ScratchDatabase(file, connection);
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            throw new IOException("cannot create a SQLite database in " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Writes the finished database, compacted, to {@code out}. {@code VACUUM INTO} rewrites every page
     * in order into a fresh file whose header does not count the transactions it took to build.
     */
    void compactInto(OutputStream out) throws IOException {
        Path compact = file.resolveSibling(file.getFileName() + ".compact");
        try {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, compact.toAbsolutePath().toString());
                vacuum.execute();
            }
            Files.copy(compact, out);
        } catch (SQLException e) {
            throw new IOException("cannot compact the SQLite database: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(compact);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close the SQLite database: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
