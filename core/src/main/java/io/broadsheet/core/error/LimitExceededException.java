package io.broadsheet.core.error;

/** An input that exceeds a safety limit (entry count, expanded size, compression ratio, nesting...). */
public class LimitExceededException extends InputException {

    public LimitExceededException(String source, int line, String reason) {
        super(source, line, reason);
    }
}
