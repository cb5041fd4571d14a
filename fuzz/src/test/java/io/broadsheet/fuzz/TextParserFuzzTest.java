package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.parser.text.TextParser;

/** The text parser on arbitrary bytes; seeds and regression inputs in {@code TextParserFuzzTestInputs/parse}. */
class TextParserFuzzTest {

    private static final TextParser PARSER = new TextParser();

    @FuzzTest
    void parse(byte[] data) {
        ParserHarness.parse(PARSER, "page.txt", data);
    }
}
