package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.spi.OutputTarget;
import java.io.BufferedWriter;
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
        return new BufferedWriter(new OutputStreamWriter(target.create(path), StandardCharsets.UTF_8.newEncoder()));
    }
}
