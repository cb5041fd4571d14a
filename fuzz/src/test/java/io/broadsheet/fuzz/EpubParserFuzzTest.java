package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.parser.epub.EpubParser;

/** The epub parser on arbitrary bytes; seeds and regression inputs in {@code EpubParserFuzzTestInputs/parse}. */
class EpubParserFuzzTest {

    private static final EpubParser PARSER = new EpubParser();

    @FuzzTest
    void parse(byte[] data) {
        ParserHarness.parse(PARSER, "book.epub", data);
    }
}
