package io.broadsheet.exporter.text;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.text.internal.ArchiveSession;
import io.broadsheet.exporter.text.internal.ArticleFilesSession;
import io.broadsheet.exporter.text.internal.LineWrapper;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes clean plain text (UTF-8, LF) for search and NLP pipelines: headline block, byline, paragraphs
 * separated by blank lines, section headings on their own line, continuation notes; control
 * characters removed. Optional wrapping counts East Asian wide characters as two columns and follows
 * the Chinese line-breaking rules. Streams: each article is written as it arrives.
 */
public final class TextExporter implements Exporter<TextExporterOptions> {

    /** In {@code split: archive} mode, the one file written inside the output folder. */
    public static final String ARCHIVE_FILE = "archive.txt";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "clean plain text, one file per article or one for the archive, optional CJK-aware wrapping";
    }

    @Override
    public Class<TextExporterOptions> optionsType() {
        return TextExporterOptions.class;
    }

    @Override
    public TextExporterOptions defaultOptions() {
        return new TextExporterOptions(TextExporterOptions.Split.ARTICLE, 0);
    }

    /**
     * What a reader sees. Not declared: id, kind, authors, edition, source and metadata (not written),
     * and the dateline, of which only the text is printed (run in at the start of the first paragraph).
     */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.of(ModelField.COLUMN, ModelField.KICKER, ModelField.TITLE, ModelField.SUBTITLES,
                ModelField.BYLINE, ModelField.SECTIONS, ModelField.CAPTION, ModelField.CREDIT,
                ModelField.CONTINUED_TO, ModelField.CONTINUED_FROM);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "split" -> "article (default): one file per article, <date>-p<page>-<slug>.txt in the output"
                    + " folder; archive: every article in " + ARCHIVE_FILE + ", separated by two blank lines";
            case "wrapWidth" -> "wrap lines at this many columns, Chinese characters counting two; lines never"
                    + " start with closing or end with opening punctuation, Latin words are not broken unless"
                    + " longer than the line (default 0: no wrapping)";
            default -> "";
        };
    }

    @Override
    public String defaultOutputName() {
        return "text";
    }

    @Override
    public ExportSession open(TextExporterOptions options, OutputTarget target) throws IOException {
        LineWrapper wrapper = new LineWrapper(options.wrapWidth());
        return switch (options.split()) {
            case ARTICLE -> new ArticleFilesSession(target, wrapper);
            case ARCHIVE -> new ArchiveSession(target, ARCHIVE_FILE, wrapper);
        };
    }
}
