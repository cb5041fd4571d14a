package io.broadsheet.parser.sqlite;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.sqlite.internal.SqliteSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Reads a database written by the {@code sqlite} exporter back into articles, in their original order. */
public final class SqliteParser implements Parser<NoOptions> {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String description() {
        return "databases written by the sqlite exporter (schema version 1), every model field";
    }

    @Override
    public Class<NoOptions> optionsType() {
        return NoOptions.class;
    }

    @Override
    public NoOptions defaultOptions() {
        return NoOptions.INSTANCE;
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public Set<String> extensions() {
        return Set.of("sqlite", "sqlite3", "db");
    }

    @Override
    public boolean sniff(String fileName, byte[] head) {
        return head != null && head.length >= MAGIC.length
                && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public ParseSession open(NoOptions options) {
        return new SqliteSession();
    }
}
