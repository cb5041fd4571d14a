package io.broadsheet.parser.csv.internal;

import com.fasterxml.jackson.core.JacksonException;
import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.parser.csv.CsvParserOptions;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import java.io.IOException;

/**
 * Reads the records of one file: the header, then one article per row (article mode) or per run of
 * rows with the same id (paragraph mode). A row that cannot be read is reported through
 * {@link ArticleSink#warn} with its line and skipped (see {@link RowProblems}); a header that cannot be
 * read, or rows none of which can, fail the file.
 */
final class TableReader {

    private final CsvParserOptions options;
    private final String path;
    private final String charset;
    private final RecordSplitter records;
    private final FieldReader fieldReader;

    TableReader(CsvParserOptions options, String path, String charset, RecordSplitter records, char delimiter) {
        this.options = options;
        this.path = path;
        this.charset = charset;
        this.records = records;
        this.fieldReader = new FieldReader(delimiter);
    }

    void read(ArticleSink sink) throws IOException {
        RawRecord header = records.next();
        while (header != null && header.isBlank()) {
            header = records.next();
        }
        if (header == null) {
            sink.warn(path, 0, "empty file: no header row");
            return;
        }
        Columns columns = Columns.resolve(headerFields(header), options.columns());
        boolean paragraphRows = options.mode() == Mode.PARAGRAPH
                || options.mode() == Mode.AUTO && columns.has(Field.PARAGRAPH);
        if (paragraphRows && !columns.has(Field.ID)) {
            throw new InputException(path, header.startLine(), "paragraph rows need a column mapped to 'id' to group them");
        }
        if (!columns.has(Field.TITLE) && !columns.has(Field.TEXT) && !columns.has(Field.CAPTION)) {
            sink.warn(path, header.startLine(), "no column maps to title, text or caption; check the 'columns' option");
        }
        LongTextColumns longText = new LongTextColumns(columns);
        RowProblems problems = new RowProblems(sink, path, options.maxWarnings());
        long articles = 0;
        int rowNumber = 0;
        ParagraphGroup group = null;
        for (RawRecord record = records.next(); record != null; record = records.next()) {
            if (record.isBlank()) {
                continue;
            }
            rowNumber++;
            String[] row = row(record, columns, problems);
            if (row == null) {
                continue;
            }
            longText.add(row);
            RowArticle.Place place = new RowArticle.Place(path, rowNumber, record.startLine(), record.endLine(), charset);
            try {
                if (!paragraphRows) {
                    sink.accept(RowArticle.fields(row, columns, place, options.listSeparator())
                            .sections(Body.sections(columns.get(row, Field.TEXT), options.paragraphs()))
                            .build());
                    articles++;
                    continue;
                }
                String id = columns.get(row, Field.ID);
                if (id == null) {
                    throw new RowException("paragraph row without an id");
                }
                if (group == null || !group.id().equals(id)) {
                    if (group != null) {
                        sink.accept(group.build());
                        articles++;
                    }
                    group = new ParagraphGroup(id, RowArticle.fields(row, columns, place, options.listSeparator()),
                            !columns.has(Field.SOURCE) || columns.get(row, Field.SOURCE) == null);
                }
                group.add(columns.get(row, Field.SECTION), columns.get(row, Field.TEXT), record.endLine());
            } catch (RowException e) {
                problems.skipped(record.startLine(), e.getMessage());
            }
        }
        if (group != null) {
            sink.accept(group.build());
            articles++;
        }
        longText.report(columns, path, header.startLine(), sink);
        problems.finish(articles);
    }

    private String[] headerFields(RawRecord header) {
        if (header.problem() != null) {
            throw new InputException(path, header.startLine(), "header row: " + header.problem());
        }
        try {
            return fieldReader.fields(header.text());
        } catch (JacksonException e) {
            throw new InputException(path, header.startLine(), "header row is not valid CSV: " + e.getOriginalMessage());
        }
    }

    /** The row's cleaned fields, or null (after reporting it) when the record is malformed. */
    private String[] row(RawRecord record, Columns columns, RowProblems problems) {
        if (record.problem() != null) {
            problems.skipped(record.startLine(), "bad quoting: " + record.problem());
            return null;
        }
        String[] row;
        try {
            row = fieldReader.fields(record.text());
        } catch (JacksonException e) {
            problems.skipped(record.startLine(), "bad quoting: " + e.getOriginalMessage());
            records.retryAfterFirstLine(record);
            return null;
        }
        if (row.length != columns.size()) {
            problems.skipped(record.startLine(), "expected " + columns.size() + " fields as in the header, found "
                    + row.length);
            return null;
        }
        for (int i = 0; i < row.length; i++) {
            String cell = options.unescapeFormulas() ? Cells.unescapeFormula(row[i]) : row[i];
            row[i] = options.stripQuotes() ? Cells.stripQuotes(cell) : cell;
        }
        return row;
    }
}
