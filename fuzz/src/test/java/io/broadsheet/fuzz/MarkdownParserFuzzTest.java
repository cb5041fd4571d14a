package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.parser.markdown.MarkdownParser;

/** The markdown parser on arbitrary bytes; seeds and regression inputs in {@code MarkdownParserFuzzTestInputs/parse}. */
class MarkdownParserFuzzTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    @FuzzTest
    void parse(byte[] data) {
        ParserHarness.parse(PARSER, "post.md", data);
    }
}
