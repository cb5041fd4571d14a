package io.broadsheet.exporter.csv;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.csv.CsvParser;
import io.broadsheet.testkit.ExporterContract;
import java.util.Optional;

class CsvExporterContractTest extends ExporterContract<CsvExporterOptions> {

    @Override
    protected Exporter<CsvExporterOptions> exporter() {
        return new CsvExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new CsvParser());
    }
}
