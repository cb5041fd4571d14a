package io.broadsheet.parser.csv;

import io.broadsheet.parser.csv.internal.Field;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Options of the {@code csv} parser; the defaults are in {@link CsvParser#defaultOptions()}.
 *
 * <p>Mapping the columns of a NewsData.io export, whose titles are written {@code """…"""}:
 * <pre>{@code
 * csv:
 *   columns: {TITLE: title, DESCRIPTION: text, "PUBLISHED DATE (GMT)": date, PUBLISHER: publication}
 *   paragraphs: blank_lines
 *   stripQuotes: true
 * }</pre>
 *
 * @param columns          the file's column names mapped to model fields ({@link Field}); columns not
 *                         named here go to metadata under their own name. Replaces the default mapping.
 * @param delimiter        {@code auto} (the most frequent of , ; TAB | in the header) or one character
 *                         ({@code tab} for TAB)
 * @param encoding         {@code auto} (BOM, else UTF-8 when valid, else detected, else GB18030) or a charset name
 * @param mode             one row per article, one row per paragraph, or {@code auto}: paragraph rows
 *                         when a column is mapped to {@code paragraph}
 * @param paragraphs       how the {@code text} column divides into paragraphs
 * @param listSeparator    what joins the items of {@code subtitles} and {@code authors}
 * @param unescapeFormulas remove the {@code '} that formula-injection protection put before = + - @ TAB CR
 * @param stripQuotes      remove one pair of double quotes enclosing a whole value (exports that quote twice)
 * @param maxRecordLines   a quoted value still open after this many lines is reported as broken quoting
 * @param maxWarnings      rows skipped in one file that are reported one by one; the rest are counted
 */
public record CsvParserOptions(
        Map<String, String> columns,
        String delimiter,
        String encoding,
        Mode mode,
        Paragraphs paragraphs,
        String listSeparator,
        boolean unescapeFormulas,
        boolean stripQuotes,
        int maxRecordLines,
        int maxWarnings) {

    public static final int DEFAULT_MAX_WARNINGS = 100;

    /** Rows are articles, paragraphs, or whichever the header says. */
    public enum Mode { AUTO, ARTICLE, PARAGRAPH }

    /**
     * EXACT: paragraphs separated by one blank line ("\n\n"), text kept as is (Broadsheet's own files);
     * BLANK_LINES: any run of blank lines separates, paragraphs trimmed; LINES: every non-blank line is one.
     */
    public enum Paragraphs { EXACT, BLANK_LINES, LINES }

    public CsvParserOptions {
        Objects.requireNonNull(columns, "columns must map column names to fields");
        Objects.requireNonNull(mode, "mode must be auto, article or paragraph");
        Objects.requireNonNull(paragraphs, "paragraphs must be exact, blank_lines or lines");
        columns.forEach((column, field) -> {
            if (Field.byName(field) == null) {
                throw new IllegalArgumentException("columns: '" + column + "' maps to unknown field '" + field
                        + "' (known: " + Field.names() + ")");
            }
        });
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
        if (delimiter == null || !(delimiter.equalsIgnoreCase("auto") || delimiter.equalsIgnoreCase("tab")
                || delimiter.length() == 1 && "\"\r\n".indexOf(delimiter.charAt(0)) < 0)) {
            throw new IllegalArgumentException("delimiter must be 'auto', 'tab' or one character other than"
                    + " a quote or line break, not '" + delimiter + "'");
        }
        if (encoding == null || !encoding.equalsIgnoreCase("auto") && !Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("encoding '" + encoding + "' is not 'auto' or a charset this Java knows");
        }
        if (listSeparator == null || listSeparator.isEmpty()) {
            throw new IllegalArgumentException("listSeparator must not be empty");
        }
        if (maxRecordLines < 1) {
            throw new IllegalArgumentException("maxRecordLines must be at least 1, not " + maxRecordLines);
        }
        if (maxWarnings < 0) {
            throw new IllegalArgumentException("maxWarnings must be 0 or more, not " + maxWarnings);
        }
    }

    /** The options with the default {@code maxWarnings}. */
    public CsvParserOptions(Map<String, String> columns, String delimiter, String encoding, Mode mode,
            Paragraphs paragraphs, String listSeparator, boolean unescapeFormulas, boolean stripQuotes,
            int maxRecordLines) {
        this(columns, delimiter, encoding, mode, paragraphs, listSeparator, unescapeFormulas, stripQuotes,
                maxRecordLines, DEFAULT_MAX_WARNINGS);
    }

    /** Broadsheet's own column names, each mapped to the field of the same name. */
    public static Map<String, String> ownColumns() {
        Map<String, String> map = new TreeMap<>();
        for (Field field : Field.values()) {
            if (field != Field.IGNORE) {
                map.put(field.label(), field.label());
            }
        }
        return map;
    }
}
