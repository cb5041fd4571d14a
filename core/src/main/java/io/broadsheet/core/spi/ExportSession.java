package io.broadsheet.core.spi;

import io.broadsheet.core.model.Article;
import java.io.Closeable;
import java.io.IOException;

/**
 * One run of an exporter: takes articles one at a time, in archive order, then finishes. Streaming is
 * the contract: a session holds no more than the format demands (an exporter that must see the whole
 * archive says so in its documentation).
 */
public interface ExportSession extends Closeable {

    void accept(Article article) throws IOException;

    /** Writes what remains (tables of contents, closing tags); the staged files are committed after this. */
    void finish() throws IOException;

    /** Releases resources; called after {@link #finish()} or after a failure. */
    @Override
    void close() throws IOException;
}
