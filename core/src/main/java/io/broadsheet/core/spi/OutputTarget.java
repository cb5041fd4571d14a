package io.broadsheet.core.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export session writes. Files created here are staged: they replace the real outputs only
 * when the session finishes without error, so a failed run never leaves a half-written file behind.
 * The output is replaced whole: a many-file exporter's folder holds exactly what this run wrote.
 */
public interface OutputTarget {

    /**
     * The output name for this exporter: {@link Exporter#defaultOutputName()} unless the operator chose
     * another. A single-file exporter writes exactly this file; a many-file exporter uses it as a folder.
     */
    String name();

    /**
     * Creates (or truncates) a staged file at {@code relativePath} ('/'-separated, no "..", not
     * absolute) under the output directory: {@link #name()} itself, or a path inside the folder
     * {@link #name()}. The caller closes the stream.
     */
    OutputStream create(String relativePath) throws IOException;
}
