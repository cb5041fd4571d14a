package io.broadsheet.core.error;

/**
 * An input that cannot be read as its format says: carries the source path (inside the archive) and
 * the 1-based line (0 when the format has no lines, e.g. a zip entry), and prints as {@code path:line: message}.
 */
public class InputException extends BroadsheetException {

    private final String source;
    private final int line;
    private final String reason;

    public InputException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public InputException(String source, int line, String reason, Throwable cause) {
        super(format(source, line, reason), cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    private static String format(String source, int line, String reason) {
        return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** The message without the location prefix. */
    public String reason() {
        return reason;
    }
}
