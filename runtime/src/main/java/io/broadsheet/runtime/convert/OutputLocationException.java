package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.BroadsheetException;

/** The output location cannot be used (a file, read-only, locked by another run): found before any input is read. */
public final class OutputLocationException extends BroadsheetException {

    public OutputLocationException(String message) {
        super(message);
    }
}
