package io.broadsheet.runtime.plugin;

import io.broadsheet.core.spi.Plugin;

/** A parser or exporter together with the plugin class and origin that contributed it. */
public record Loaded<T extends Plugin<?>>(String name, T plugin, String pluginClass, PluginOrigin origin) {

    public String describeOrigin() {
        return pluginClass + " (" + origin + ")";
    }
}
