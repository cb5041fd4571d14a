package io.broadsheet.parser.pdf;

import io.broadsheet.parser.text.TextLexicon;
import io.broadsheet.parser.text.TextLimits;
import io.broadsheet.parser.text.TextParserOptions;

/**
 * Options of the {@code pdf} parser; defaults in {@link PdfParser#defaultOptions()}, described in
 * {@link PdfParser#describeOption(String)}. The text stages' options mean what they mean for {@code text}.
 *
 * @param pathPattern       reads publication, date and page from the path; wins over what the PDF says
 * @param joinParagraphs    re-join paragraphs the layout split (across columns, around pictures)
 * @param removeDuplicates  drop blocks the page repeats
 * @param linkContinuations link the parts of an article that jumps to another page
 * @param lexiconAdditions  words and patterns appended to the text parser's default lexicon
 * @param limits            the text stages' lengths
 * @param maxFileMegabytes  larger files are refused before they are read
 * @param maxPages          PDFs with more pages are refused
 * @param maxSecondsPerFile reading one PDF stops with an error after this long
 */
public record PdfParserOptions(
        String pathPattern,
        boolean joinParagraphs,
        boolean removeDuplicates,
        boolean linkContinuations,
        TextLexicon lexiconAdditions,
        TextLimits limits,
        int maxFileMegabytes,
        int maxPages,
        int maxSecondsPerFile) {

    public PdfParserOptions {
        lexiconAdditions = lexiconAdditions == null ? TextLexicon.EMPTY : lexiconAdditions;
        limits = limits == null ? TextLimits.DEFAULT : limits;
        atLeastOne("maxFileMegabytes", maxFileMegabytes);
        atLeastOne("maxPages", maxPages);
        atLeastOne("maxSecondsPerFile", maxSecondsPerFile);
        textOptions();
    }

    /** The options the text stages run with: the same lexicon and limits, punctuation as printed. */
    public TextParserOptions textOptions() {
        return new TextParserOptions("UTF-8", joinParagraphs, removeDuplicates, TextParserOptions.Punctuation.KEEP,
                pathPattern, linkContinuations, TextLexicon.DEFAULT, lexiconAdditions, limits);
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
    }
}
