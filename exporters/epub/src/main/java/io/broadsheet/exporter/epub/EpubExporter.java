package io.broadsheet.exporter.epub;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import io.broadsheet.exporter.epub.internal.EpubSession;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the archive as one EPUB 3 book (with an NCX for EPUB 2 reading systems). Articles are written
 * to the zip as they arrive; only the table of contents and the package document wait for the end.
 * Identical input and options give a byte-identical book.
 */
public final class EpubExporter implements Exporter<EpubExporterOptions> {

    public static final String NAME = "epub";

    private static final Map<String, String> OPTION_DOCS = Map.of(
            "title", "Book title; when not set: the publications and the date range, e.g. \"示例日报 2022年11月1日至2022年11月30日\".",
            "language", "BCP 47 language tag of the text (default zh-Hans; zh-Hant also switches to traditional-script fonts); articles that state their own language (metadata 'language') keep it.",
            "creator", "The book's creator (dc:creator); when not set: the source books' creators (metadata 'creator'), else the names of the publications.",
            "publisher", "The book's publisher (dc:publisher); left out when not set.",
            "split", "One XHTML document per: article (default), page or edition.",
            "vertical", "Vertical writing (columns top to bottom, right to left) with right-to-left page turns (default false).",
            "extraCss", "CSS appended to the built-in stylesheet (default none).",
            "navLabelLength", "Longest table-of-contents label in characters, 8 to 1000; longer titles are cut there only (default 60).",
            "order", "archive (default): the archive's order; edition: grouped by edition (publication and date), then page, so that interleaved papers read paper by paper with one contents entry each.",
            "modified", "dcterms:modified of the book, yyyy-MM-ddTHH:mm:ssZ; fixed so that output is reproducible (default 2026-01-01T00:00:00Z).");

    /** Public no-argument constructor: the runtime creates plugins by reflection. */
    public EpubExporter() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "EPUB 3 book for e-readers: Chinese typography, table of contents by edition, page and title";
    }

    @Override
    public Class<EpubExporterOptions> optionsType() {
        return EpubExporterOptions.class;
    }

    @Override
    public EpubExporterOptions defaultOptions() {
        return new EpubExporterOptions(null, "zh-Hans", null, null, Split.ARTICLE, false, "", 60,
                "2026-01-01T00:00:00Z", EpubExporterOptions.Order.ARCHIVE);
    }

    @Override
    public Set<ModelField> carries() {
        // Every field: the visible markup plus the broadsheet:* metadata of the shared EPUB convention.
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public String describeOption(String key) {
        return OPTION_DOCS.getOrDefault(key, "");
    }

    @Override
    public String defaultOutputName() {
        return "archive.epub";
    }

    @Override
    public ExportSession open(EpubExporterOptions options, OutputTarget target) throws IOException {
        OutputStream out = target.create(target.name());
        try {
            return new EpubSession(options, out);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
