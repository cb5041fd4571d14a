package io.broadsheet.exporter.sqlite;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code sqlite} exporter. */
public final class SqliteExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding("sqlite").to(SqliteExporter.class);
    }
}
