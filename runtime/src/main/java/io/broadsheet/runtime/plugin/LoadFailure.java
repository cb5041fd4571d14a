package io.broadsheet.runtime.plugin;

/** A plugin that could not be loaded; reported, and fatal only when a run needs one of its formats. */
public record LoadFailure(PluginOrigin origin, String message) {

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
