package io.broadsheet.runtime.testplugin;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Test plugin on the runtime's test class path. */
public final class LinesPlugin extends AbstractModule implements BroadsheetPlugin {
    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding("lines").to(LinesParser.class);
        Formats.exporters(binder()).addBinding("lines").to(LinesExporter.class);
    }
}
