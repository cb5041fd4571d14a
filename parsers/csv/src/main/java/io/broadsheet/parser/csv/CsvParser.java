package io.broadsheet.parser.csv;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.csv.CsvParserOptions.Mode;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import io.broadsheet.parser.csv.internal.CsvSession;
import io.broadsheet.parser.csv.internal.Field;
import io.broadsheet.parser.csv.internal.Sniffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads CSV with a header row: Broadsheet's own article or paragraph rows, or any table whose columns
 * are mapped to model fields. A malformed row (broken quoting, wrong number of fields, a page that is
 * not a number...) is reported as a warning with its line and skipped; the other rows are kept.
 *
 * <p>Declared as carried: what the exporter's default columns hold. The dateline's agency, place and
 * date and the source's lines and encoding come back only from the exporter's optional columns
 * ({@code datelineAgency}, {@code sourceLines}...). Articles without an id get one from the file path
 * and the row number; rows without a source get the CSV file and the record's lines.
 */
public final class CsvParser implements Parser<CsvParserOptions> {

    public static final String NAME = "csv";

    public CsvParser() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CSV/TSV with a header row: Broadsheet's own article or paragraph rows, or any mapped columns";
    }

    @Override
    public Class<CsvParserOptions> optionsType() {
        return CsvParserOptions.class;
    }

    @Override
    public CsvParserOptions defaultOptions() {
        return new CsvParserOptions(CsvParserOptions.ownColumns(), "auto", "auto", Mode.AUTO, Paragraphs.EXACT,
                " | ", true, false, 10_000, CsvParserOptions.DEFAULT_MAX_WARNINGS);
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.of(ModelField.ID, ModelField.KIND, ModelField.COLUMN, ModelField.KICKER, ModelField.TITLE,
                ModelField.SUBTITLES, ModelField.BYLINE, ModelField.AUTHORS, ModelField.SECTIONS, ModelField.CAPTION,
                ModelField.CREDIT, ModelField.CONTINUED_TO, ModelField.CONTINUED_FROM, ModelField.EDITION,
                ModelField.METADATA);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "columns" -> "Map of the file's column names to fields (" + String.join(", ", Field.names())
                    + "). Unmapped columns go to metadata (metadata.<key> under <key>). Default: Broadsheet's own"
                    + " names. Example for a news export: {title: title, raw_text: text, published_date_gmt: date}.";
            case "delimiter" -> "auto (most frequent of , ; TAB | in the header, default), tab, or one character.";
            case "encoding" -> "auto (BOM, else UTF-8 when valid, else detected, else GB18030; default) or a charset name.";
            case "mode" -> "article (a row per article), paragraph (a row per paragraph, rows grouped by id) or"
                    + " auto (paragraph when a column maps to 'paragraph'; default).";
            case "paragraphs" -> "How the text column splits: exact (\"\\n\\n\", Broadsheet's own; default),"
                    + " blank_lines (runs of blank lines, trimmed) or lines (every non-blank line).";
            case "listSeparator" -> "Joins subtitles and authors in one cell (default ' | ').";
            case "unescapeFormulas" -> "Remove the ' put before cells starting with = + - @ TAB CR (default true).";
            case "stripQuotes" -> "Remove one pair of double quotes around a whole value, e.g. NewsData titles"
                    + " written \"\"\"…\"\"\" (default false).";
            case "maxRecordLines" -> "A quoted value still open after this many lines is broken quoting (default 10000).";
            case "maxWarnings" -> "Rows skipped in one file that are listed one by one (default 100); the rest are"
                    + " counted. A file none of whose rows can be read fails.";
            default -> "";
        };
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    @Override
    public boolean sniff(String fileName, byte[] head) {
        return Sniffer.looksLikeCsv(head);
    }

    @Override
    public ParseSession open(CsvParserOptions options) {
        return new CsvSession(options);
    }
}
