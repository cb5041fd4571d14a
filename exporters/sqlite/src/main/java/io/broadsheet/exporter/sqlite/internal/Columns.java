package io.broadsheet.exporter.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds the model's nullable values: an absent value is SQL NULL, never 0 or "". */
final class Columns {

    private Columns() {
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, StoredText.of(value));
    }
}
