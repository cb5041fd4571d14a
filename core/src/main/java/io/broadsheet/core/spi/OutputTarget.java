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

    /**
     * Reports something the output's reader should know although the export goes on: a value the
     * format cannot hold whole, a cell a spreadsheet will cut. The runtime counts and prints these like
     * parser warnings, naming the output. Call it from the session's {@code accept} or {@code finish}.
     *
     * <p>The default does nothing, so that targets written before this method existed keep compiling;
     * the runtime's targets and the testkit's collect every warning.
     *
     * @param articleId the article concerned, or null when the warning is about the whole output
     * @param message   what happened, for a person: no Java names
     */
    default void warn(String articleId, String message) {
    }
}
