package io.broadsheet.exporter.markdown;

/**
 * Options of the {@code markdown} exporter; defaults in {@link MarkdownExporter#defaultOptions()}.
 *
 * @param split         how articles are grouped into files
 * @param maxSlugLength the most characters of a title kept in a file name (8 to 120)
 * @param toolKeys      also write the front-matter keys pandoc, Hugo and Jekyll read: {@code subtitle},
 *                      {@code author} and {@code tags} as lists (Broadsheet's own keys are always written)
 */
public record MarkdownExporterOptions(Split split, int maxSlugLength, boolean toolKeys) {

    /** How articles are grouped into files. */
    public enum Split {
        /** One file per article, read back by the {@code markdown} parser. */
        ARTICLE,
        /** One file per issue (publication and date), for reading and pandoc. */
        EDITION,
        /** One file for the whole archive. */
        ARCHIVE
    }

    public static final int MIN_SLUG_LENGTH = 8;
    public static final int MAX_SLUG_LENGTH = 120;

    /** Without the tools' keys. */
    public MarkdownExporterOptions(Split split, int maxSlugLength) {
        this(split, maxSlugLength, false);
    }

    public MarkdownExporterOptions {
        if (split == null) {
            throw new IllegalArgumentException("split must be one of article, edition, archive");
        }
        if (maxSlugLength < MIN_SLUG_LENGTH || maxSlugLength > MAX_SLUG_LENGTH) {
            throw new IllegalArgumentException("maxSlugLength must be between " + MIN_SLUG_LENGTH + " and "
                    + MAX_SLUG_LENGTH + ", not " + maxSlugLength);
        }
    }
}
