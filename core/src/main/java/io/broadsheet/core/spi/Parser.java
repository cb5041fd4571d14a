package io.broadsheet.core.spi;

import java.util.Set;

/**
 * Reads inputs of one format into articles. Implementations are stateless and thread-safe; the state of
 * one run lives in the {@link ParseSession} that {@link #open} returns.
 */
public interface Parser<O extends Record> extends Plugin<O> {

    /** File extensions this parser takes, lower case without the dot. */
    Set<String> extensions();

    /**
     * Whether this parser can read an input whose name and first bytes are given, for {@code --from
     * auto}. Only consulted when no parser claims the extension; must not throw.
     */
    boolean sniff(String fileName, byte[] head);

    /** Starts a run with the given options. */
    ParseSession open(O options);
}
