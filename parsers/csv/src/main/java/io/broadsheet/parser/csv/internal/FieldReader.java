package io.broadsheet.parser.csv.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Splits one record into its fields with Jackson's CSV parser: quotes, doubled quotes, delimiters. */
final class FieldReader {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final ObjectReader reader;

    FieldReader(char delimiter) {
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(delimiter)
                .withQuoteChar('"')
                .withoutEscapeChar();
        this.reader = MAPPER.readerFor(String[].class).with(schema);
    }

    /** The fields of {@code record}, which holds no line break outside quotes. */
    String[] fields(String record) throws JacksonException {
        return reader.readValue(record);
    }
}
