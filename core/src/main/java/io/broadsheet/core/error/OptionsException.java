package io.broadsheet.core.error;

import java.util.List;

/** Configuration that does not bind: carries every violation found, not only the first. */
public class OptionsException extends BroadsheetException {

    private final List<String> violations;

    public OptionsException(List<String> violations) {
        super(String.join("\n", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
