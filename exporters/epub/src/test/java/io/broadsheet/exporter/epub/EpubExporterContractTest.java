package io.broadsheet.exporter.epub;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.epub.EpubParser;
import io.broadsheet.testkit.ExporterContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The suite every exporter passes, reading the book back with the EPUB parser and checking every book with EPUBCheck. */
class EpubExporterContractTest extends ExporterContract<EpubExporterOptions> {

    @Override
    protected Exporter<EpubExporterOptions> exporter() {
        return new EpubExporter();
    }

    @Override
    protected Optional<Parser<?>> reader() {
        return Optional.of(new EpubParser());
    }

    @Override
    protected void checkOutput(Map<String, byte[]> files) throws Exception {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path book = Files.createTempFile(tmp, "contract-", ".epub");
            Files.write(book, file.getValue());
            EpubValidator.assertValid(book);
        }
    }
}
