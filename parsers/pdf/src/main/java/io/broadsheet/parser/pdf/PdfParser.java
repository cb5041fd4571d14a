package io.broadsheet.parser.pdf;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.pdf.internal.PdfSession;
import io.broadsheet.parser.text.TextLexicon;
import io.broadsheet.parser.text.TextLimits;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads e-paper page PDFs into articles. Each page's layout (text runs with position, size and weight;
 * columns; pictures; rules) becomes the page text the {@code text} parser reads, with headline levels from
 * font size, picture gaps where images sit and the furniture left out; the text parser's stages then
 * classify, segment, extract fields and repair paragraphs exactly as for a page dump.
 */
public final class PdfParser implements Parser<PdfParserOptions> {

    public static final String NAME = "pdf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "E-paper page PDFs (a text layer, one or more pages) into articles, photos and fragments";
    }

    @Override
    public Class<PdfParserOptions> optionsType() {
        return PdfParserOptions.class;
    }

    @Override
    public PdfParserOptions defaultOptions() {
        return new PdfParserOptions("{publication}/{yyyy-MM-dd}/{page}.pdf", true, true, true, TextLexicon.EMPTY,
                TextLimits.DEFAULT, 200, 500, 120);
    }

    /** What the text parser carries: the same stages read the page. */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.complementOf(EnumSet.of(ModelField.ID, ModelField.METADATA));
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "pathPattern" -> "Edition from the path inside the archive ({publication}, {yyyy-MM-dd}, {page}, {*}); else from the PDF's title, folio and masthead.";
            case "joinParagraphs" -> "Re-join paragraphs the layout split across columns and pictures, never adding a space between Chinese characters.";
            case "removeDuplicates" -> "Drop blocks the page repeats (whole, or as part of an earlier paragraph).";
            case "linkContinuations" -> "Link the parts of an article that jumps pages (metadata continuedToId / continuedFromId).";
            case "lexiconAdditions" -> "The text parser's lexicon keys; each list given is appended to the default lexicon's.";
            case "limits" -> "The text parser's lengths that separate headlines, headings and captions from body text.";
            case "maxFileMegabytes" -> "Larger PDFs are refused before they are read.";
            case "maxPages" -> "PDFs with more pages are refused.";
            case "maxSecondsPerFile" -> "Reading one PDF stops with an error after this many seconds.";
            default -> "";
        };
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    /** A PDF header within the first bytes (some files carry junk before it). */
    @Override
    public boolean sniff(String fileName, byte[] head) {
        return new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    @Override
    public ParseSession open(PdfParserOptions options) {
        return new PdfSession(options);
    }
}
