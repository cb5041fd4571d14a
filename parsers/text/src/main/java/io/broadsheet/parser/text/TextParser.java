package io.broadsheet.parser.text;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.text.internal.TextSession;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads raw newspaper page dumps (the text of e-paper PDFs, one file per page, several articles per
 * page) into articles, photos and fragments. Runs named stages per page (decode, blocks, features,
 * classification, segmentation, field extraction, paragraph repair) whose decisions {@code broadsheet
 * inspect} prints block by block. The words it relies on are the {@link TextLexicon}, data an operator
 * tunes in YAML.
 */
public final class TextParser implements Parser<TextParserOptions> {

    public static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Raw newspaper page dumps (text of e-paper PDFs, one page per file) into articles, photos and fragments";
    }

    @Override
    public Class<TextParserOptions> optionsType() {
        return TextParserOptions.class;
    }

    @Override
    public TextParserOptions defaultOptions() {
        return new TextParserOptions("auto", true, true, TextParserOptions.Punctuation.KEEP,
                "{publication}/{yyyy-MM-dd}/{page}.txt", true, TextLexicon.DEFAULT, TextLexicon.EMPTY,
                TextLimits.DEFAULT);
    }

    /** A page carries no id of its own (ids are made from path and position) and no format metadata. */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.complementOf(EnumSet.of(ModelField.ID, ModelField.METADATA));
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "encoding" -> "auto (BOM, else UTF-8 when valid, else detected: GB18030, Big5, UTF-16...) or a charset name.";
            case "joinParagraphs" -> "Re-join paragraphs the layout split mid-sentence, never adding a space between Chinese characters.";
            case "removeDuplicates" -> "Drop blocks the extraction repeated (whole, or as part of an earlier paragraph).";
            case "punctuation" -> "keep (as printed) or fullwidth (half-width , ; : ? ! ( ) next to Chinese become full-width).";
            case "pathPattern" -> "Edition from the path inside the archive: {publication}, {yyyy-MM-dd} (or {yyyyMMdd}), {page}, {*}.";
            case "linkContinuations" -> "Link the parts of an article that jumps pages (metadata continuedToId / continuedFromId).";
            case "lexicon" -> "Words and patterns (bylines, datelines, agencies, jump markers, credits, punctuation); a key given replaces that list.";
            case "lexiconAdditions" -> "The same keys as lexicon; each list given is appended to the lexicon's.";
            case "limits" -> "Lengths that separate headlines, section headings and captions from body text.";
            default -> "";
        };
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    /** Text with Chinese in it, for pages whose file name has no .txt. */
    @Override
    public boolean sniff(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        long han = text.codePoints().filter(Character::isIdeographic).count();
        return han >= 8 && text.indexOf('\0') < 0 && !text.stripLeading().startsWith("{") && !text.stripLeading().startsWith("<");
    }

    @Override
    public ParseSession open(TextParserOptions options) {
        return new TextSession(options);
    }
}
