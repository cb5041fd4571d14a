package io.broadsheet.parser.pdf.internal;

import io.broadsheet.core.error.LimitExceededException;

/** The time one PDF may take; checked by the content-stream engines at every operator, so no page runs unbounded. */
final class Deadline {

    private final String source;
    private final long endNanos;
    private final int seconds;

    Deadline(String source, int seconds) {
        this.source = source;
        this.seconds = seconds;
        this.endNanos = System.nanoTime() + seconds * 1_000_000_000L;
    }

    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new LimitExceededException(source, 0, "reading took longer than " + seconds
                    + " s (maxSecondsPerFile); the PDF is unusually complex or malformed");
        }
    }
}
