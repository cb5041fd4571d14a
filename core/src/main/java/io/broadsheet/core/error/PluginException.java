package io.broadsheet.core.error;

/** A plugin that cannot be loaded, or two plugins that claim the same format name. */
public class PluginException extends BroadsheetException {

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
