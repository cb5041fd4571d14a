package io.broadsheet.exporter.csv;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.testkit.ExporterContract;

class CsvExporterContractTest extends ExporterContract<CsvExporterOptions> {

    @Override
    protected Exporter<CsvExporterOptions> exporter() {
        return new CsvExporter();
    }
}
