package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.UnsupportedFormatException;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --from auto}: picks the parser of an input by its extension, else by asking each parser (in
 * name order) whether it recognises the first bytes.
 */
public final class FormatDetector {

    private static final int HEAD_BYTES = 8192;

    private final PluginRegistry registry;
    private final Map<String, Loaded<Parser<?>>> byExtension = new TreeMap<>();

    public FormatDetector(PluginRegistry registry) {
        this.registry = registry;
        for (Loaded<Parser<?>> loaded : registry.parsers().values()) {
            for (String ext : loaded.plugin().extensions()) {
                byExtension.putIfAbsent(ext.toLowerCase(Locale.ROOT), loaded);
            }
        }
    }

    public Loaded<Parser<?>> detect(SourceInput input) throws IOException {
        String name = input.fileName();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Loaded<Parser<?>> byExt = byExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (byExt != null) {
                return byExt;
            }
        }
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        for (Loaded<Parser<?>> loaded : registry.parsers().values()) {
            if (loaded.plugin().sniff(name, head)) {
                return loaded;
            }
        }
        throw new UnsupportedFormatException(input.path() + ": no parser recognises this file (by extension: "
                + String.join(", ", byExtension.keySet()) + "); name one with --from");
    }
}
