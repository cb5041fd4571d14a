package io.broadsheet.exporter.sqlite;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.sqlite.internal.SqliteSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes one SQLite database: normalised tables for every model field and an FTS5 trigram index over
 * titles and body (the schema is in the module README).
 */
public final class SqliteExporter implements Exporter<SqliteExporterOptions> {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String description() {
        return "a SQLite database: normalised tables, every model field, FTS5 full-text search (trigram)";
    }

    @Override
    public String defaultOutputName() {
        return "articles.sqlite";
    }

    @Override
    public Class<SqliteExporterOptions> optionsType() {
        return SqliteExporterOptions.class;
    }

    @Override
    public SqliteExporterOptions defaultOptions() {
        return new SqliteExporterOptions(10_000);
    }

    @Override
    public String describeOption(String key) {
        return key.equals("articlesPerTransaction")
                ? "articles written per transaction (large ones make SQLite fast); the file's bytes do not depend on it"
                : "";
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public ExportSession open(SqliteExporterOptions options, OutputTarget target) throws IOException {
        return SqliteSession.open(options, target);
    }
}
