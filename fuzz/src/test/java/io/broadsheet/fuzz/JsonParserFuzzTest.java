package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.parser.json.JsonParser;

/** The json parser on arbitrary bytes; seeds and regression inputs in {@code JsonParserFuzzTestInputs/parse}. */
class JsonParserFuzzTest {

    private static final JsonParser PARSER = new JsonParser();

    @FuzzTest
    void parse(byte[] data) {
        ParserHarness.parse(PARSER, "articles.jsonl", data);
    }
}
