package io.broadsheet.runtime.plugin;

import java.nio.file.Path;

/** Where a plugin was found: the application class path, or a jar/folder in a plugin directory. */
public record PluginOrigin(String description, Path location) {

    public static final PluginOrigin CLASS_PATH = new PluginOrigin("class path", null);

    public static PluginOrigin of(Path location) {
        return new PluginOrigin(location.toString(), location);
    }

    @Override
    public String toString() {
        return description;
    }
}
