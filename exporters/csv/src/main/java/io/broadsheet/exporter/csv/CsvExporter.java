package io.broadsheet.exporter.csv;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.csv.internal.CsvColumns;
import io.broadsheet.exporter.csv.internal.CsvSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes one CSV file, a header row then one row per article (or per paragraph), quoted as RFC 4180
 * says by jackson-dataformat-csv. Streams: each row is written as its article arrives.
 *
 * <p>Defaults, and why. <b>A BOM</b>: a CSV file is most often double-clicked into Excel, which shows
 * UTF-8 Chinese as mojibake without one. Programs that read the file should skip it (pandas with
 * {@code encoding="utf-8-sig"}, Python's csv module likewise; psql and some command-line tools do not)
 * and {@code bom: false} leaves it out for them. A cell longer than Excel's 32,767 characters is
 * written whole and reported as a warning with the article's id. <b>CRLF</b> between rows: RFC 4180 asks for it, Excel writes it, and every CSV reader
 * accepts it; line breaks inside a quoted cell stay as they are in the text ({@code \n}).
 * <b>Formula protection on</b>: a cell starting with {@code = + - @}, tab or CR gets a leading
 * {@code '}, which the {@code csv} parser removes again.
 */
public final class CsvExporter implements Exporter<CsvExporterOptions> {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV for spreadsheets and databases: one row per article or per paragraph, chosen columns";
    }

    @Override
    public Class<CsvExporterOptions> optionsType() {
        return CsvExporterOptions.class;
    }

    @Override
    public CsvExporterOptions defaultOptions() {
        return new CsvExporterOptions(CsvExporterOptions.Mode.ARTICLE, CsvColumns.STANDARD, " | ", true, true,
                CsvExporterOptions.LineEnding.CRLF);
    }

    /**
     * With the default columns. The dateline is written as its text only and the source as its path
     * only, so neither is declared; add {@code datelineAgency}, {@code sourceLines}… to write the rest.
     */
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
            case "mode" -> "article (default): one row per article, the body in 'text' (paragraphs separated by"
                    + " a blank line, headings as '## heading'); paragraph: one row per paragraph, 'text' becomes"
                    + " 'section,paragraph,text'";
            case "columns" -> "columns in order; default " + String.join(",", CsvColumns.STANDARD)
                    + "; also " + String.join(",", CsvColumns.EXTRA) + ", section and paragraph (paragraph mode)"
                    + " and metadata.<key> for one metadata entry";
            case "listSeparator" -> "joins subtitles and authors in one cell (default ' | ')";
            case "bom" -> "start with a UTF-8 byte order mark so that Excel shows Chinese when the file is"
                    + " double-clicked (default true; false for programs that do not skip it, such as psql COPY)";
            case "formulaProtection" -> "prefix ' to cells starting with = + - @, tab or CR so spreadsheets do not"
                    + " run them (default true; the csv parser removes the prefix)";
            case "lineEnding" -> "crlf (default, RFC 4180 and Excel) or lf between rows";
            default -> "";
        };
    }

    @Override
    public String defaultOutputName() {
        return "articles.csv";
    }

    @Override
    public ExportSession open(CsvExporterOptions options, OutputTarget target) throws IOException {
        return new CsvSession(options, target);
    }
}
