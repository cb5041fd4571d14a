package io.broadsheet.exporter.json;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code json} exporter. */
public final class JsonExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding("json").to(JsonExporter.class);
    }
}
