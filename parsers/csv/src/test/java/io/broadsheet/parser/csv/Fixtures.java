package io.broadsheet.parser.csv;

import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The hand-written fixtures under src/test/resources/csv and inline CSV text, read with the testkit's Fixtures. */
final class Fixtures {

    static final CsvParser PARSER = new CsvParser();

    private Fixtures() {
    }

    static SourceInput input(String name) {
        return io.broadsheet.testkit.Fixtures.input("csv/" + name);
    }

    static CollectingSink parse(String name) {
        return parse(input(name), PARSER.defaultOptions());
    }

    static CollectingSink parseText(String path, String csv, CsvParserOptions options) {
        return parse(SourceInput.ofBytes(path, csv.getBytes(StandardCharsets.UTF_8)), options);
    }

    static CollectingSink parse(SourceInput input, CsvParserOptions options) {
        return io.broadsheet.testkit.Fixtures.parse(PARSER, options, input);
    }

    /** The defaults with another column mapping, paragraph split and quote stripping. */
    static CsvParserOptions mapped(Map<String, String> columns, Paragraphs paragraphs, boolean stripQuotes) {
        return new CsvParserOptions(columns, "auto", "auto", Mode.AUTO, paragraphs, " | ", true, stripQuotes, 10_000);
    }
}
