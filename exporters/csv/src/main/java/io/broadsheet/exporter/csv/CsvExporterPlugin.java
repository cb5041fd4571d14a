package io.broadsheet.exporter.csv;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code csv} exporter. */
public final class CsvExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding("csv").to(CsvExporter.class);
    }
}
