package io.broadsheet.parser.text;

/**
 * Options of the {@code text} parser; defaults in {@link TextParser#defaultOptions()}, described in
 * {@link TextParser#describeOption(String)}.
 *
 * @param encoding            {@code auto} or a charset name
 * @param joinParagraphs      re-join paragraphs the layout split mid-sentence
 * @param removeDuplicates    drop blocks the extraction repeated
 * @param punctuation         keep punctuation as printed, or make half-width marks next to Chinese full-width
 * @param pathPattern         reads publication, date and page from the path inside the archive
 * @param linkContinuations   link the parts of an article that jumps to another page of the archive
 * @param lexicon             words and patterns (a key given replaces the default list)
 * @param lexiconAdditions    words and patterns appended to the lexicon's lists
 * @param limits              lengths that tell headlines, headings and captions from body text
 */
public record TextParserOptions(
        String encoding,
        boolean joinParagraphs,
        boolean removeDuplicates,
        Punctuation punctuation,
        String pathPattern,
        boolean linkContinuations,
        TextLexicon lexicon,
        TextLexicon lexiconAdditions,
        TextLimits limits) {

    public enum Punctuation {
        /** As printed. */
        KEEP,
        /** Half-width , ; : ? ! ( ) next to a Chinese character become their full-width forms. */
        FULLWIDTH
    }

    public TextParserOptions {
        if (encoding == null || encoding.isBlank()) {
            throw new IllegalArgumentException("encoding must be 'auto' or a charset name");
        }
        if (!encoding.equalsIgnoreCase("auto") && !java.nio.charset.Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("unknown charset '" + encoding + "'");
        }
        if (punctuation == null) {
            throw new IllegalArgumentException("punctuation must be keep or fullwidth");
        }
        if (pathPattern != null && pathPattern.isBlank()) {
            pathPattern = null;
        }
        if (pathPattern != null) {
            io.broadsheet.parser.text.internal.EditionPattern.compile(pathPattern);
        }
        lexicon = lexicon == null ? TextLexicon.DEFAULT : lexicon;
        lexiconAdditions = lexiconAdditions == null ? TextLexicon.EMPTY : lexiconAdditions;
        limits = limits == null ? TextLimits.DEFAULT : limits;
        io.broadsheet.parser.text.internal.Rules.check(lexicon.plus(lexiconAdditions));
    }

    /** The lexicon in force: {@code lexicon} plus {@code lexiconAdditions}. */
    public TextLexicon effectiveLexicon() {
        return lexicon.plus(lexiconAdditions);
    }
}
