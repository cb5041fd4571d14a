package io.broadsheet.exporter.text;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code text} exporter. */
public final class TextExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding("text").to(TextExporter.class);
    }
}
