package io.broadsheet.parser.sqlite.internal;

import io.broadsheet.core.error.InputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses, before reading a row, a SQLite file that the sqlite exporter did not write, or wrote with a
 * newer schema: its tables could mean something else, and guessing would lose data silently.
 */
final class SchemaCheck {

    /** {@code PRAGMA application_id} the exporter sets: "BSHT". */
    static final int APPLICATION_ID = 0x42534854;

    /** The newest {@code PRAGMA user_version} this parser understands. */
    static final int NEWEST_VERSION = 1;

    private SchemaCheck() {
    }

    static void require(Connection connection, String path) throws SQLException {
        int applicationId = pragma(connection, "application_id");
        if (applicationId != APPLICATION_ID) {
            throw new InputException(path, 0, "not a Broadsheet database: a SQLite file of another schema"
                    + " (application_id " + applicationId + ", expected " + APPLICATION_ID + ")");
        }
        int version = pragma(connection, "user_version");
        if (version > NEWEST_VERSION) {
            throw new InputException(path, 0, "written with schema version " + version + " by a newer Broadsheet;"
                    + " this one reads versions up to " + NEWEST_VERSION);
        }
        if (version < 1) {
            throw new InputException(path, 0, "a Broadsheet database without a schema version (user_version "
                    + version + ")");
        }
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
