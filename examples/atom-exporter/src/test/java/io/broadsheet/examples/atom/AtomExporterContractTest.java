package io.broadsheet.examples.atom;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.testkit.ExporterContract;

/**
 * The suite every exporter passes: self-description, strict options, 1500 articles streamed, hostile
 * text, determinism, an empty archive. There is no Atom parser, so no read-back ({@code reader()} is
 * left empty); {@link AtomFeedTest} reads the feed back with the JDK's XML parser instead.
 */
class AtomExporterContractTest extends ExporterContract<AtomExporterOptions> {

    @Override
    protected Exporter<AtomExporterOptions> exporter() {
        return new AtomExporter();
    }
}
