package io.broadsheet.runtime.convert;

import java.util.List;

/**
 * How many threads a conversion uses: the {@code broadsheet.threads} system property, else the
 * {@code BROADSHEET_THREADS} environment variable, else one per core. {@code 1} runs everything on the
 * calling thread, to compare with; the output is byte-identical either way.
 */
public final class ThreadSetting {

    static final String PROPERTY = "broadsheet.threads";
    static final String VARIABLE = "BROADSHEET_THREADS";

    private ThreadSetting() {
    }

    /** The setting, or 1 with a message added to {@code errors} when it is not a number of threads. */
    public static int configured(List<String> errors) {
        String value = System.getProperty(PROPERTY);
        String origin = "-D" + PROPERTY;
        if (value == null || value.isBlank()) {
            value = System.getenv(VARIABLE);
            origin = VARIABLE;
        }
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below, with the setting's name
        }
        errors.add(origin + " must be a whole number of threads, 1 or more, not '" + value + "'");
        return 1;
    }
}
