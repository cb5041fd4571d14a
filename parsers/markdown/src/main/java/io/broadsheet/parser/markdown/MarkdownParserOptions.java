package io.broadsheet.parser.markdown;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Options of the {@code markdown} parser; the defaults are in {@link MarkdownParser#defaultOptions()}.
 *
 * @param splitOnHeadings  without front matter, start a new article at every level-1 ({@code #}) heading
 * @param rawHtml          what to do with raw HTML blocks of third-party posts: keep their text or drop them
 * @param keepCodeBlocks   keep fenced and indented code blocks, each as one paragraph
 * @param encoding         {@code auto} (BOM, else UTF-8 when valid, else GB18030) or a charset name
 * @param maxFileMegabytes larger files are refused: a Markdown file is parsed as a whole
 * @param maxLines         files with more lines are refused: the Markdown library keeps every line and
 *                         block of a file in memory while it parses, about a kilobyte for each
 */
public record MarkdownParserOptions(
        boolean splitOnHeadings,
        RawHtml rawHtml,
        boolean keepCodeBlocks,
        String encoding,
        int maxFileMegabytes,
        int maxLines) {

    public static final int DEFAULT_MAX_LINES = 100_000;

    /** Raw HTML blocks (e.g. a Jekyll post written in {@code <div>}s): their text as paragraphs, or nothing. */
    public enum RawHtml { TEXT, DROP }

    public MarkdownParserOptions {
        Objects.requireNonNull(rawHtml, "rawHtml must be text or drop");
        Objects.requireNonNull(encoding, "encoding must be 'auto' or a charset name");
        if (!encoding.equalsIgnoreCase("auto") && !Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("encoding '" + encoding + "' is not a charset this Java knows");
        }
        if (maxFileMegabytes < 1 || maxFileMegabytes > 2047) {
            throw new IllegalArgumentException("maxFileMegabytes must be between 1 and 2047, not " + maxFileMegabytes);
        }
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1, not " + maxLines);
        }
    }

    /** The options with the default {@code maxLines}. */
    public MarkdownParserOptions(boolean splitOnHeadings, RawHtml rawHtml, boolean keepCodeBlocks, String encoding,
            int maxFileMegabytes) {
        this(splitOnHeadings, rawHtml, keepCodeBlocks, encoding, maxFileMegabytes, DEFAULT_MAX_LINES);
    }
}
