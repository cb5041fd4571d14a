package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.spi.ArticleSink;

/**
 * The rows of one file that could not be read. The first {@code maxWarnings} are warnings with their
 * line; the rest are only counted, and reported as one line at the end, so a file of half a million bad
 * rows prints a screenful, not forty megabytes. A file whose rows all failed is an error: it converted
 * nothing, and the run must say so in its exit code.
 */
final class RowProblems {

    private final ArticleSink sink;
    private final String path;
    private final int maxWarnings;
    private long count;
    private int firstLine;
    private String firstProblem;

    RowProblems(ArticleSink sink, String path, int maxWarnings) {
        this.sink = sink;
        this.path = path;
        this.maxWarnings = maxWarnings;
    }

    void skipped(int line, String problem) {
        if (count++ == 0) {
            firstLine = line;
            firstProblem = problem;
        }
        if (count <= maxWarnings) {
            sink.warn(path, line, problem + "; row skipped");
        }
    }

    /** After the last row: the count of rows not listed, or the error when no row was read. */
    void finish(long articles) {
        if (articles == 0 && count > 0) {
            throw new InputException(path, firstLine, "no row could be read (" + count + " skipped); the first: "
                    + firstProblem);
        }
        if (count > maxWarnings) {
            sink.warn(path, 0, (count - maxWarnings) + " more rows skipped, not listed (maxWarnings is "
                    + maxWarnings + ")");
        }
    }
}
