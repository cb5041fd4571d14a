package io.broadsheet.parser.sqlite;

import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ParserContract;
import java.io.IOException;
import java.util.List;

class SqliteParserContractTest extends ParserContract<NoOptions> {

    @Override
    protected Parser<NoOptions> parser() {
        return new SqliteParser();
    }

    /** The bundled sample archive as the sqlite exporter writes it (see Fixtures). */
    @Override
    protected List<SourceInput> samples() throws IOException {
        return List.of(SourceInput.ofBytes("out/articles.sqlite", Fixtures.sampleBytes()));
    }
}
