package io.broadsheet.core.spi;

import java.io.IOException;

/**
 * Writes articles in one format. Implementations are stateless and thread-safe; the state of one run
 * lives in the {@link ExportSession} that {@link #open} returns.
 */
public interface Exporter<O extends Record> extends Plugin<O> {

    /** The file (or folder, for many-file output) written in the output directory, e.g. {@code articles.jsonl}. */
    String defaultOutputName();

    ExportSession open(O options, OutputTarget target) throws IOException;
}
