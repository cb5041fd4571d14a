package io.broadsheet.exporter.text;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.testkit.ExporterContract;

class TextExporterContractTest extends ExporterContract<TextExporterOptions> {

    @Override
    protected Exporter<TextExporterOptions> exporter() {
        return new TextExporter();
    }
}
