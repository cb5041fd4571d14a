package io.broadsheet.exporter.markdown;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.testkit.ExporterContract;

class MarkdownExporterContractTest extends ExporterContract<MarkdownExporterOptions> {

    @Override
    protected Exporter<MarkdownExporterOptions> exporter() {
        return new MarkdownExporter();
    }
}
