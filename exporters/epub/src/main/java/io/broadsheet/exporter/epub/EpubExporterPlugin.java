package io.broadsheet.exporter.epub;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code epub} exporter. */
public final class EpubExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding(EpubExporter.NAME).to(EpubExporter.class);
    }
}
