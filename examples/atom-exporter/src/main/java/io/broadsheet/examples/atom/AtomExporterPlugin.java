package io.broadsheet.examples.atom;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/**
 * Contributes the {@code atom} exporter. Listed in {@code META-INF/services/io.broadsheet.core.spi.BroadsheetPlugin},
 * which is how the runtime finds it in a plugin jar.
 */
public final class AtomExporterPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        // The key must equal AtomExporter.name(): the runtime refuses a plugin whose binding and name disagree.
        Formats.exporters(binder()).addBinding("atom").to(AtomExporter.class);
    }
}
