package io.broadsheet.parser.markdown;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.markdown.MarkdownParserOptions.RawHtml;
import io.broadsheet.parser.markdown.internal.MarkdownSession;
import io.broadsheet.parser.markdown.internal.Sniffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads Markdown: Broadsheet's own files (YAML front matter naming every field, one article per file),
 * Jekyll and Hugo posts (front matter with {@code title}, {@code date}, {@code author}...) and plain
 * Markdown, where every level-1 heading starts an article and text before the first one is a fragment.
 *
 * <p>Third-party content: raw HTML blocks give their text (option {@code rawHtml}), Hugo shortcodes
 * and HTML comments such as {@code <!--more-->} are dropped, images are skipped, code blocks are kept
 * as paragraphs, lists and quotes give their paragraphs.
 */
public final class MarkdownParser implements Parser<MarkdownParserOptions> {

    public static final String NAME = "markdown";

    public MarkdownParser() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Markdown: Broadsheet's own files, Jekyll/Hugo posts with front matter, plain Markdown split on # headings";
    }

    @Override
    public Class<MarkdownParserOptions> optionsType() {
        return MarkdownParserOptions.class;
    }

    @Override
    public MarkdownParserOptions defaultOptions() {
        return new MarkdownParserOptions(true, RawHtml.TEXT, true, "auto", 64, MarkdownParserOptions.DEFAULT_MAX_LINES);
    }

    /** Front matter can name every field of the model. */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "splitOnHeadings" -> "Without front matter, start a new article at each level-1 (#) heading;"
                    + " text before the first one is a fragment (default true).";
            case "rawHtml" -> "Raw HTML blocks in third-party posts: text (their text as paragraphs, default) or drop.";
            case "keepCodeBlocks" -> "Keep code blocks, each as one paragraph (default true).";
            case "encoding" -> "auto (BOM, else UTF-8 when valid, else GB18030) or a charset name (default auto).";
            case "maxFileMegabytes" -> "Refuse larger files (default 64): a Markdown file is parsed as a whole.";
            case "maxLines" -> "Refuse files with more lines (default 100000): parsing keeps about a kilobyte"
                    + " per line and block.";
            default -> "";
        };
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public boolean sniff(String fileName, byte[] head) {
        return Sniffer.looksLikeMarkdown(head);
    }

    @Override
    public ParseSession open(MarkdownParserOptions options) {
        return new MarkdownSession(options);
    }
}
