package io.broadsheet.exporter.csv;

import io.broadsheet.exporter.csv.internal.CsvColumns;
import java.util.List;

/**
 * Options of the {@code csv} exporter; defaults in {@link CsvExporter#defaultOptions()}.
 *
 * @param mode              one row per article, or one per paragraph
 * @param columns           the columns, in order (see {@link CsvExporter#describeOption})
 * @param listSeparator     joins the items of list columns (subtitles, authors)
 * @param bom               start the file with a UTF-8 byte order mark
 * @param formulaProtection prefix {@code '} to cells a spreadsheet would run as a formula
 * @param lineEnding        the record separator
 */
public record CsvExporterOptions(
        Mode mode,
        List<String> columns,
        String listSeparator,
        boolean bom,
        boolean formulaProtection,
        LineEnding lineEnding) {

    public enum Mode {
        /** One row per article; {@code text} holds the whole body. */
        ARTICLE,
        /** One row per paragraph; {@code text} stands for {@code section,paragraph,text}. */
        PARAGRAPH
    }

    public enum LineEnding {
        CRLF("\r\n"),
        LF("\n");

        private final String chars;

        LineEnding(String chars) {
            this.chars = chars;
        }

        public String chars() {
            return chars;
        }
    }

    public CsvExporterOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be article or paragraph");
        }
        if (lineEnding == null) {
            throw new IllegalArgumentException("lineEnding must be crlf or lf");
        }
        if (listSeparator == null || listSeparator.isEmpty()) {
            throw new IllegalArgumentException("listSeparator must not be empty (it joins subtitles and authors)");
        }
        columns = List.copyOf(columns == null ? List.of() : columns);
        CsvColumns.validate(columns, mode == Mode.PARAGRAPH);
    }
}
