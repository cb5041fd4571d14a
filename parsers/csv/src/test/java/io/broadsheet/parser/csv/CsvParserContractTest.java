package io.broadsheet.parser.csv;

import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ParserContract;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

class CsvParserContractTest extends ParserContract<CsvParserOptions> {

    @Override
    protected Parser<CsvParserOptions> parser() {
        return new CsvParser();
    }

    /** Our own CSV files keep the original path in their 'source' column. */
    @Override
    protected boolean restoresSourcePaths() {
        return true;
    }

    @Override
    protected List<SourceInput> samples() throws IOException {
        List<SourceInput> samples = new ArrayList<>();
        for (String name : List.of("own-articles.csv", "own-paragraphs.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/csv/" + name)) {
                samples.add(SourceInput.ofBytes("fixtures/" + name, in.readAllBytes()));
            }
        }
        return samples;
    }
}
