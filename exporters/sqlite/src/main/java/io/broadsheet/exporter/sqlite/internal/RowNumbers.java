package io.broadsheet.exporter.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the distinct values of a lookup table (authors, publications, editions, pages) 1, 2, 3… in
 * order of first appearance, inserting each row the first time. Kept in memory: one entry per value.
 */
final class RowNumbers<K> implements AutoCloseable {

    /** Binds a new row's parameters after its number (parameter 1). */
    interface RowBinder<K> {
        void bind(PreparedStatement insert, K key) throws SQLException;
    }

    private final Map<K, Long> numbers = new HashMap<>();
    private final PreparedStatement insert;
    private final RowBinder<K> binder;

    RowNumbers(PreparedStatement insert, RowBinder<K> binder) {
        this.insert = insert;
        this.binder = binder;
    }

    long numberOf(K key) throws SQLException {
        Long number = numbers.get(key);
        if (number == null) {
            number = numbers.size() + 1L;
            insert.setLong(1, number);
            binder.bind(insert, key);
            insert.executeUpdate();
            numbers.put(key, number);
        }
        return number;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
