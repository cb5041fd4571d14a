package io.broadsheet.core.spi;

/** The options of a plugin that has none. */
public record NoOptions() {

    public static final NoOptions INSTANCE = new NoOptions();
}
