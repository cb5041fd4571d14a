package io.broadsheet.exporter.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A written database opened for assertions: runs a query and returns its first column as text. */
final class Database implements AutoCloseable {

    private final Path file;
    private final boolean temporary;
    private final Connection connection;

    private Database(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
        try {
            this.connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Database of(Path file) {
        return new Database(file, false);
    }

    static Database of(byte[] bytes) {
        try {
            Path file = Files.createTempFile("broadsheet-test-", ".sqlite");
            Files.write(file, bytes);
            return new Database(file, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> strings(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** Every row of the result, each column as text (NULL as {@code null}). */
    List<List<String>> rows(String sql, Object... parameters) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getString(c));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
            if (temporary) {
                Files.deleteIfExists(file);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
