package io.broadsheet.examples.atom;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.testkit.ExporterContract;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The suite every exporter passes: self-description, strict options, 1500 articles streamed, hostile
 * text, determinism, an empty archive. There is no Atom parser, so no read-back ({@code reader()} is
 * left empty); instead every feed the suite writes is parsed as XML here, and {@link AtomFeedTest}
 * checks the content of feeds in detail.
 */
class AtomExporterContractTest extends ExporterContract<AtomExporterOptions> {

    @Override
    protected Exporter<AtomExporterOptions> exporter() {
        return new AtomExporter();
    }

    @Override
    protected void checkOutput(Map<String, byte[]> files) throws Exception {
        assertThat(files).containsOnlyKeys("feed.atom");
        Element feed = Feeds.parse(files.get("feed.atom"));
        assertThat(feed.getNamespaceURI()).isEqualTo(Feeds.ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
    }
}
