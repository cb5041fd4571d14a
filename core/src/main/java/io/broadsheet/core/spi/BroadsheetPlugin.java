package io.broadsheet.core.spi;

import com.google.inject.Module;

/**
 * The service a plugin jar provides (listed in {@code META-INF/services/io.broadsheet.core.spi.BroadsheetPlugin}):
 * a Guice module that contributes parsers and exporters through {@link Formats}.
 *
 * <pre>{@code
 * public final class AtomPlugin extends AbstractModule implements BroadsheetPlugin {
 *     protected void configure() {
 *         Formats.exporters(binder()).addBinding("atom").to(AtomExporter.class);
 *     }
 * }
 * }</pre>
 */
public interface BroadsheetPlugin extends Module {
}
