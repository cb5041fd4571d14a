package io.broadsheet.exporter.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** Reads CSV bytes back with two independent readers: jackson-dataformat-csv and Apache Commons CSV. */
final class CsvReading {

    private CsvReading() {
    }

    /** Jackson, as an application would use it: rows as string arrays, BOM detection is Jackson's own. */
    static List<List<String>> jackson(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(Arrays.asList(it.next()));
            }
        }
        return rows;
    }

    /** Commons CSV in strict RFC 4180 mode, the BOM skipped by commons-io as its documentation advises. */
    static List<List<String>> commons(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(csv)).get(), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
