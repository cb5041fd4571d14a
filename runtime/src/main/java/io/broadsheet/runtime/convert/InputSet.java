package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.SourceInput;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/** The inputs of a run in order, the problems met while listing them, and the zip files kept open. */
public final class InputSet implements Closeable {

    private final List<SourceInput> inputs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<ZipFile> openZips = new ArrayList<>();

    void add(SourceInput input) {
        inputs.add(input);
    }

    void error(String message) {
        errors.add(message);
    }

    void keepOpen(ZipFile zip) {
        openZips.add(zip);
    }

    public List<SourceInput> inputs() {
        return inputs;
    }

    /** Inputs that could not be listed (missing paths, unreadable zips): each counts as a failed input. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ZipFile zip : openZips) {
            try {
                zip.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
