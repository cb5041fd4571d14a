package io.broadsheet.parser.csv;

import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.testkit.CollectingSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads the hand-written fixtures under src/test/resources/csv and inline CSV text. */
final class Fixtures {

    static final CsvParser PARSER = new CsvParser();

    private Fixtures() {
    }

    static SourceInput input(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return SourceInput.ofBytes("csv/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink parse(String name) {
        return parse(input(name), PARSER.defaultOptions());
    }

    static CollectingSink parseText(String path, String csv, CsvParserOptions options) {
        return parse(SourceInput.ofBytes(path, csv.getBytes(StandardCharsets.UTF_8)), options);
    }

    static CollectingSink parse(SourceInput input, CsvParserOptions options) {
        CollectingSink sink = new CollectingSink();
        ParseSession session = PARSER.open(options);
        try {
            session.parse(input, sink);
            session.finish(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** The defaults with another column mapping, paragraph split and quote stripping. */
    static CsvParserOptions mapped(Map<String, String> columns, Paragraphs paragraphs, boolean stripQuotes) {
        return new CsvParserOptions(columns, "auto", "auto", Mode.AUTO, paragraphs, " | ", true, stripQuotes, 10_000);
    }
}
