package io.broadsheet.exporter.csv.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.text.Utf16;
import io.broadsheet.exporter.csv.CsvExporterOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Streams rows into one file through jackson-dataformat-csv: RFC 4180 quoting (quotes doubled, cells
 * with separators, quotes or line breaks quoted), never by hand. The header is written as the first
 * row at open, so an empty archive still gives a file with its header.
 */
public final class CsvSession implements ExportSession {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The most characters Excel shows in one cell; it cuts the rest when it opens the file. */
    static final int EXCEL_CELL_LIMIT = 32_767;
    private static final CsvMapper MAPPER = new CsvMapper();

    private final CsvExporterOptions options;
    private final OutputTarget target;
    private final List<Column> columns;
    private SequenceWriter rows;

    public CsvSession(CsvExporterOptions options, OutputTarget target) throws IOException {
        this.options = options;
        this.target = target;
        boolean paragraphs = options.mode() == CsvExporterOptions.Mode.PARAGRAPH;
        this.columns = CsvColumns.resolve(options.columns(), paragraphs);
        CsvSchema schema = CsvSchema.emptySchema()
                .withoutHeader()
                .withLineSeparator(options.lineEnding().chars());
        OutputStream out = target.create(target.name());
        try {
            if (options.bom()) {
                out.write(BOM);
            }
            rows = MAPPER.writerFor(String[].class).with(schema).writeValues(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder())));
            rows.write(columns.stream().map(c -> Utf16.replaceLoneSurrogates(c.header())).toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public void accept(Article article) throws IOException {
        List<Row> articleRows = options.mode() == CsvExporterOptions.Mode.PARAGRAPH
                ? Rows.paragraphMode(article)
                : Rows.articleMode(article);
        for (Row row : articleRows) {
            String[] cells = cells(row);
            warnAboutLongCells(article, cells);
            rows.write(cells);
        }
    }

    private void warnAboutLongCells(Article article, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].length() > EXCEL_CELL_LIMIT) {
                target.warn(article.id(), String.format(Locale.ROOT, "column '%s' holds %,d characters; Excel"
                        + " shows at most %,d in a cell and cuts the rest (the CSV file keeps them all)",
                        columns.get(i).header(), cells[i].length(), EXCEL_CELL_LIMIT));
            }
        }
    }

    private String[] cells(Row row) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            String value = columns.get(i).value(row, options.listSeparator());
            String cell = value == null ? "" : Utf16.replaceLoneSurrogates(value);
            cells[i] = options.formulaProtection() ? FormulaGuard.protect(cell) : cell;
        }
        return cells;
    }

    @Override
    public void finish() throws IOException {
        close();
    }

    /** Closing the sequence writer flushes and closes the file this session opened. */
    @Override
    public void close() throws IOException {
        if (rows != null) {
            SequenceWriter w = rows;
            rows = null;
            w.close();
        }
    }
}
