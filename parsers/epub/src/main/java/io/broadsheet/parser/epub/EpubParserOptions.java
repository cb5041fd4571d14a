package io.broadsheet.parser.epub;

import java.util.Objects;

/**
 * Options of the {@code epub} parser; the defaults are in {@link EpubParser#defaultOptions()}. The
 * limits protect against hostile books and are checked while the zip is read, on the bytes actually
 * inflated, never on the sizes the zip declares.
 *
 * @param split               one article per spine document, or one per top-level heading inside it
 *                            (third-party books only: Broadsheet's own documents are one article each)
 * @param maxEntries          a zip with more entries is refused
 * @param maxTotalMegabytes   the documents read may inflate to at most this much in all
 * @param maxCompressionRatio an entry that inflates to more than this many times its compressed size
 *                            (past its first MiB) is refused as a zip bomb
 * @param maxNesting          markup nested deeper than this is read as one paragraph (third-party books)
 *                            or skipped with a warning (Broadsheet's own): the walk must not exhaust the stack
 */
public record EpubParserOptions(Split split, int maxEntries, int maxTotalMegabytes, int maxCompressionRatio,
        int maxNesting) {

    public static final int DEFAULT_MAX_NESTING = 64;

    /** Where third-party articles begin: at each spine document, or at each top-level heading. */
    public enum Split { DOCUMENT, HEADING }

    public EpubParserOptions {
        Objects.requireNonNull(split, "split must be document or heading");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        if (maxTotalMegabytes < 1 || maxTotalMegabytes > 1_048_576) {
            throw new IllegalArgumentException("maxTotalMegabytes must be between 1 and 1048576, not " + maxTotalMegabytes);
        }
        if (maxCompressionRatio < 2) {
            throw new IllegalArgumentException("maxCompressionRatio must be at least 2, not " + maxCompressionRatio);
        }
        if (maxNesting < 1 || maxNesting > 1000) {
            throw new IllegalArgumentException("maxNesting must be between 1 and 1000, not " + maxNesting);
        }
    }

    /** The options with the default {@code maxNesting}. */
    public EpubParserOptions(Split split, int maxEntries, int maxTotalMegabytes, int maxCompressionRatio) {
        this(split, maxEntries, maxTotalMegabytes, maxCompressionRatio, DEFAULT_MAX_NESTING);
    }

    public long maxTotalBytes() {
        return maxTotalMegabytes * 1024L * 1024L;
    }
}
