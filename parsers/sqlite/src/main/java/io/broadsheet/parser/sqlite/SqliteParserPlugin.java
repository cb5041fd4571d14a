package io.broadsheet.parser.sqlite;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code sqlite} parser. */
public final class SqliteParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding("sqlite").to(SqliteParser.class);
    }
}
