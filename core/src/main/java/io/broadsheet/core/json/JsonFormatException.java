package io.broadsheet.core.json;

import io.broadsheet.core.error.BroadsheetException;

/** A JSON text that is not a canonical article; the caller adds file and line. */
public class JsonFormatException extends BroadsheetException {

    public JsonFormatException(String message) {
        super(message);
    }
}
