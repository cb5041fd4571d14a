package io.broadsheet.parser.epub;

import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ParserContract;
import java.util.List;

class EpubParserContractTest extends ParserContract<EpubParserOptions> {

    @Override
    protected Parser<EpubParserOptions> parser() {
        return new EpubParser();
    }

    @Override
    protected List<SourceInput> samples() {
        return List.of(
                SourceInput.ofBytes("fixtures/own.epub", Books.zip(Books.folder("own"))),
                SourceInput.ofBytes("fixtures/thirdparty.epub", Books.zip(Books.folder("thirdparty"))));
    }
}
