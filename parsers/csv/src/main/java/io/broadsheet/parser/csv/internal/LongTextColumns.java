package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.spi.ArticleSink;
import java.util.List;

/**
 * Watches the columns that went to metadata for one that holds running text: the article body under
 * a name nobody mapped. Such a file would otherwise give articles without a body and no word about it.
 */
final class LongTextColumns {

    /** Average length, in characters, from which a column reads as running text rather than a value. */
    static final int LONG_TEXT = 100;

    private final List<Integer> watched;
    private final long[] characters;
    private final int[] cells;

    LongTextColumns(Columns columns) {
        // Broadsheet's own "metadata.<key>" columns are metadata on purpose.
        this.watched = columns.unmapped().stream().filter(i -> !columns.name(i).startsWith("metadata.")).toList();
        this.characters = new long[watched.size()];
        this.cells = new int[watched.size()];
    }

    void add(String[] row) {
        for (int k = 0; k < watched.size(); k++) {
            String cell = row[watched.get(k)];
            // A link is long but no body.
            if (!cell.isBlank() && !cell.startsWith("http://") && !cell.startsWith("https://")) {
                characters[k] += cell.codePointCount(0, cell.length());
                cells[k]++;
            }
        }
    }

    /** One warning per watched column whose cells average {@link #LONG_TEXT} characters or more. */
    void report(Columns columns, String path, int headerLine, ArticleSink sink) {
        for (int k = 0; k < watched.size(); k++) {
            if (cells[k] > 0 && characters[k] / cells[k] >= LONG_TEXT) {
                String name = columns.name(watched.get(k));
                sink.warn(path, headerLine, "column '" + name + "' holds long text (" + characters[k] / cells[k]
                        + " characters on average) but maps to no field, so it went to metadata; if it is the"
                        + " body, map it with columns: {" + name + ": text}");
            }
        }
    }
}
