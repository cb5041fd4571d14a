package io.broadsheet.exporter.json;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.json.JsonParser;
import io.broadsheet.testkit.ExporterContract;
import java.util.Optional;

class JsonExporterContractTest extends ExporterContract<NoOptions> {

    @Override
    protected Exporter<NoOptions> exporter() {
        return new JsonExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new JsonParser());
    }
}
