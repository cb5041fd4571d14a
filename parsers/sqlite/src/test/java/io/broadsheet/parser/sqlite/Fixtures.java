package io.broadsheet.parser.sqlite;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code sample.sqlite} is {@code samples/archive} converted by the sqlite exporter
 * ({@code ./broadsheet convert samples/archive --to sqlite -o DIR}): a real database of the current
 * schema, kept as a file because the exporter's module depends on this one, not the other way round.
 * The exporter's SqliteDeterminismTest fails when it is no longer byte for byte what the exporter writes.
 */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] sampleBytes() throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sqlite/sample.sqlite")) {
            if (in == null) {
                throw new IOException("test resource /sqlite/sample.sqlite is missing");
            }
            return in.readAllBytes();
        }
    }
}
