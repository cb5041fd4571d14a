package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** An output's target as its exporter sees it: files go to the staged output, warnings are kept for the report. */
final class WarningTarget implements OutputTarget {

    private final OutputTarget files;
    private final List<String> warnings = new ArrayList<>();

    WarningTarget(OutputTarget files) {
        this.files = files;
    }

    @Override
    public String name() {
        return files.name();
    }

    @Override
    public OutputStream create(String relativePath) throws IOException {
        return files.create(relativePath);
    }

    @Override
    public void warn(String articleId, String message) {
        warnings.add(articleId == null ? message : "article " + articleId + ": " + message);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
