package io.broadsheet.exporter.markdown;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.markdown.MarkdownParser;
import io.broadsheet.testkit.ExporterContract;
import java.util.Optional;

class MarkdownExporterContractTest extends ExporterContract<MarkdownExporterOptions> {

    @Override
    protected Exporter<MarkdownExporterOptions> exporter() {
        return new MarkdownExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new MarkdownParser());
    }
}
