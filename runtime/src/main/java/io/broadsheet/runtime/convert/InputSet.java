package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.SourceInput;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The inputs of a run in order, the problems met while listing them, and what stays open while they are read (zip files, spooled stdin). */
public final class InputSet implements Closeable {

    private final List<SourceInput> inputs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();

    void add(SourceInput input) {
        inputs.add(input);
    }

    void error(String message) {
        errors.add(message);
    }

    void keepOpen(Closeable resource) {
        open.add(resource);
    }

    public List<SourceInput> inputs() {
        return inputs;
    }

    /** Inputs that could not be listed (missing paths, unreadable zips, special files): each counts as a failed input. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable resource : open) {
            try {
                resource.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
