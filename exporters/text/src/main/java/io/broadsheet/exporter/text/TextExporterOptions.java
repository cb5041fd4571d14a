package io.broadsheet.exporter.text;

/**
 * Options of the {@code text} exporter; defaults in {@link TextExporter#defaultOptions()}.
 *
 * @param split     one file per article, or one for the archive
 * @param wrapWidth wrap lines at this many columns (East Asian wide characters count two); 0 = no wrapping
 */
public record TextExporterOptions(Split split, int wrapWidth) {

    public enum Split {
        /** One file per article. */
        ARTICLE,
        /** One file for the archive, articles separated by two blank lines. */
        ARCHIVE
    }

    public TextExporterOptions {
        if (split == null) {
            throw new IllegalArgumentException("split must be article or archive");
        }
        if (wrapWidth != 0 && wrapWidth < 2) {
            throw new IllegalArgumentException("wrapWidth must be 0 (no wrapping) or at least 2 (a wide character"
                    + " takes two columns), not " + wrapWidth);
        }
    }
}
