package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Staged UTF-8 files whose encoder reports unmappable input instead of writing '?'. */
final class Utf8Writers {

    private Utf8Writers() {
    }

    static Writer create(OutputTarget target, String fileName) throws IOException {
        String path = target.name() + "/" + fileName;
        // No BufferedWriter: the encoder already buffers 8 KB of bytes, and a second 16 KB buffer for
        // every article's file was a tenth of all the memory a conversion to every format allocated.
        return new OutputStreamWriter(target.create(path), StandardCharsets.UTF_8.newEncoder());
    }
}
