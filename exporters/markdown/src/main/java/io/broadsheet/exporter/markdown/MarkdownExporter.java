package io.broadsheet.exporter.markdown;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.text.FileNamer;
import io.broadsheet.exporter.markdown.internal.ArticleFilesSession;
import io.broadsheet.exporter.markdown.internal.CombinedFileSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes Markdown with YAML front matter that Hugo, Jekyll and pandoc read. By default one file per
 * article, {@code <date>-p<page>-<slug>.md} in the output folder, the form the {@code markdown} parser
 * reads back without loss; {@code split: edition} and {@code split: archive} write reading copies.
 * Body text is escaped so that CommonMark renders it literally. Streams: each article is written as
 * it arrives; only the set of file names already used is kept, to resolve collisions.
 */
public final class MarkdownExporter implements Exporter<MarkdownExporterOptions> {

    /** In {@code split: archive} mode, the one file written inside the output folder. */
    public static final String ARCHIVE_FILE = "archive.md";

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String description() {
        return "Markdown with YAML front matter (Hugo, Jekyll, pandoc), one file per article, edition or archive";
    }

    @Override
    public Class<MarkdownExporterOptions> optionsType() {
        return MarkdownExporterOptions.class;
    }

    @Override
    public MarkdownExporterOptions defaultOptions() {
        return new MarkdownExporterOptions(MarkdownExporterOptions.Split.ARTICLE, 50, false);
    }

    /** With the default {@code split: article}, every field; the edition and archive files are for reading. */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "split" -> "article (default): one file per article, <date>-p<page>-<slug>.md, front matter"
                    + " holds every field; edition: one file per issue (publication and date),"
                    + " <date>-<publication>.md; archive: everything in " + ARCHIVE_FILE
                    + ". Files go in the output folder.";
            case "maxSlugLength" -> "most characters of the title kept in a file name (8-120, default 50);"
                    + " Chinese titles are kept as they are, not transliterated";
            case "toolKeys" -> "also write the front-matter keys pandoc, Hugo and Jekyll read (subtitle; author and"
                    + " tags as lists: the authors, else the byline; the column) so that pandoc -s and Hugo show"
                    + " byline, date and tags (default false)";
            default -> "";
        };
    }

    @Override
    public String defaultOutputName() {
        return "markdown";
    }

    @Override
    public ExportSession open(MarkdownExporterOptions options, OutputTarget target) throws IOException {
        FileNamer namer = new FileNamer(options.maxSlugLength());
        return switch (options.split()) {
            case ARTICLE -> new ArticleFilesSession(target, namer, options.toolKeys());
            case EDITION -> CombinedFileSession.perEdition(target, namer);
            case ARCHIVE -> CombinedFileSession.archive(target, ARCHIVE_FILE);
        };
    }
}
