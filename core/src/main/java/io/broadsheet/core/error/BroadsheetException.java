package io.broadsheet.core.error;

/** Base of every error Broadsheet reports to an operator: its message is meant to be read as is. */
public class BroadsheetException extends RuntimeException {

    public BroadsheetException(String message) {
        super(message);
    }

    public BroadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
