package io.broadsheet.core.error;

/** No parser accepts an input, or a format name is not known to any loaded plugin. */
public class UnsupportedFormatException extends BroadsheetException {

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
