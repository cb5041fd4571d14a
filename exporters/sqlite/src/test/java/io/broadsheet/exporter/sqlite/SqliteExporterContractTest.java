package io.broadsheet.exporter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.sqlite.SqliteParser;
import io.broadsheet.testkit.ExporterContract;
import java.util.Map;
import java.util.Optional;

class SqliteExporterContractTest extends ExporterContract<SqliteExporterOptions> {

    @Override
    protected Exporter<SqliteExporterOptions> exporter() {
        return new SqliteExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new SqliteParser());
    }

    /** Every database the suite writes passes SQLite's own integrity and foreign-key checks. */
    @Override
    protected void checkOutput(Map<String, byte[]> files) {
        assertThat(files).containsOnlyKeys("articles.sqlite");
        try (Database db = Database.of(files.get("articles.sqlite"))) {
            assertThat(db.strings("PRAGMA integrity_check")).containsExactly("ok");
            assertThat(db.strings("PRAGMA foreign_key_check")).isEmpty();
        }
    }
}
