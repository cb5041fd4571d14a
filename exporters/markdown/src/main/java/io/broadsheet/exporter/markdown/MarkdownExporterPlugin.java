package io.broadsheet.exporter.markdown;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code markdown} exporter. */
public final class MarkdownExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.exporters(binder()).addBinding("markdown").to(MarkdownExporter.class);
    }
}
