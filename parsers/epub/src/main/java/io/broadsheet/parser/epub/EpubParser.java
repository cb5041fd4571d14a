package io.broadsheet.parser.epub;

import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.parser.epub.EpubParserOptions.Split;
import io.broadsheet.parser.epub.internal.EpubSession;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads EPUB 2 and 3 books in spine order. Broadsheet's own books (XHTML documents carrying
 * {@code broadsheet:*} meta and class names) give back their articles field by field; other books give
 * one article per spine document, or per top-level heading, titled by its first heading, with the
 * book's metadata (title, creator, language, publisher, date) as metadata. Navigation, cover and
 * title-page documents are skipped, and so are figures and images.
 *
 * <p>Safe by construction: the package document is read with DTDs unsupported (so no entity expansion
 * and no external entities), XHTML with jsoup's XML parser (which expands no DTD entities), entry names
 * with ".." or absolute paths refuse the book, and the entry count, total inflated size and compression
 * ratio are limited while reading.
 */
public final class EpubParser implements Parser<EpubParserOptions> {

    public static final String NAME = "epub";

    private static final byte[] NAME_BYTES = "mimetype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MEDIA_TYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    public EpubParser() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "EPUB 2/3 books: Broadsheet's own articles field by field, other books by spine document or heading";
    }

    @Override
    public Class<EpubParserOptions> optionsType() {
        return EpubParserOptions.class;
    }

    @Override
    public EpubParserOptions defaultOptions() {
        return new EpubParserOptions(Split.DOCUMENT, 10_000, 512, 100, EpubParserOptions.DEFAULT_MAX_NESTING);
    }

    /**
     * Every field, as our EPUB exporter writes them by default (one article per document): the visible
     * markup plus the {@code broadsheet:*} meta, {@code broadsheet:author}, {@code broadsheet:source-encoding}
     * and the dateline's {@code data-agency}/{@code data-place}/{@code data-date}. Books split by page or
     * edition leave authors, metadata and the source encoding out.
     */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public String describeOption(String key) {
        return switch (key) {
            case "split" -> "Third-party books: document (one article per spine document, default) or heading"
                    + " (one per top-level heading). Broadsheet's own documents are always one article each.";
            case "maxEntries" -> "Refuse a zip with more entries (default 10000).";
            case "maxTotalMegabytes" -> "Refuse a book whose documents inflate to more than this (default 512).";
            case "maxCompressionRatio" -> "Refuse an entry inflating to more than this many times its compressed"
                    + " size past its first MiB, a zip bomb (default 100).";
            case "maxNesting" -> "Markup nested deeper is read as one paragraph, or skipped with a warning in"
                    + " Broadsheet's own books (default 64).";
            default -> "";
        };
    }

    @Override
    public Set<String> extensions() {
        return Set.of("epub");
    }

    /** A zip whose first entry is {@code mimetype} holding "application/epub+zip", as the OCF spec requires. */
    @Override
    public boolean sniff(String fileName, byte[] head) {
        if (head == null || head.length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        int extraLength = (head[28] & 0xFF) | (head[29] & 0xFF) << 8;
        return matches(head, 30, NAME_BYTES) && nameLength == NAME_BYTES.length
                && matches(head, 30 + nameLength + extraLength, MEDIA_TYPE);
    }

    private static boolean matches(byte[] head, int offset, byte[] expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ParseSession open(EpubParserOptions options) {
        return new EpubSession(options);
    }
}
