package io.broadsheet.runtime.convert;

import io.broadsheet.core.model.Edition;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.runtime.plugin.Loaded;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A checked run: every name resolved to a loaded plugin and every option bound, so that nothing in
 * it can fail for configuration reasons once the conversion starts.
 *
 * @param parser        the parser for every input, or null for {@code --from auto}
 * @param parserOptions bound options per parser name (parsers without a section: their defaults)
 * @param threads       how many threads the conversion may use (1: everything on the calling thread)
 */
public record ConversionPlan(
        List<Path> inputs,
        Path outputDir,
        Loaded<Parser<?>> parser,
        Map<String, Record> parserOptions,
        List<PlannedOutput> outputs,
        Edition editionDefaults,
        int threads) {

    /** The output directory written {@code -} on the command line: the one output goes to standard output. */
    public static final String STANDARD_OUTPUT = "-";

    public boolean toStandardOutput() {
        return outputDir.toString().equals(STANDARD_OUTPUT);
    }

    /** One output: the exporter, its bound options and the file or folder name it writes. */
    public record PlannedOutput(Loaded<Exporter<?>> exporter, Record options, String name) {
    }
}
