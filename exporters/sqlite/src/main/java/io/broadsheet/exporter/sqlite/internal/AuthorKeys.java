package io.broadsheet.exporter.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** One {@code authors} row per distinct name, numbered in order of first appearance; kept in memory. */
final class AuthorKeys implements AutoCloseable {

    private final Map<String, Long> ids = new HashMap<>();
    private final PreparedStatement insert;

    AuthorKeys(Connection connection) throws SQLException {
        insert = connection.prepareStatement("INSERT INTO authors (author_id, name) VALUES (?, ?)");
    }

    long authorId(String name) throws SQLException {
        Long id = ids.get(name);
        if (id == null) {
            id = (long) ids.size() + 1;
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
            ids.put(name, id);
        }
        return id;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
