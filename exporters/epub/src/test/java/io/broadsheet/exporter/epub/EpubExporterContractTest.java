package io.broadsheet.exporter.epub;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.epub.EpubParser;
import io.broadsheet.testkit.ExporterContract;
import java.util.Optional;

/**
 * The suite every exporter passes, reading the book back with the EPUB parser. EPUBCheck is not run here:
 * the suite's books (generated, hostile, empty, default options) are each a kind that {@link EpubBookTest}
 * already validates, and validating every copy doubled the module's build time.
 */
class EpubExporterContractTest extends ExporterContract<EpubExporterOptions> {

    @Override
    protected Exporter<EpubExporterOptions> exporter() {
        return new EpubExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new EpubParser());
    }
}
