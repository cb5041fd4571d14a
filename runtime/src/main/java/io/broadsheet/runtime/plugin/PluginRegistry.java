package io.broadsheet.runtime.plugin;

import io.broadsheet.core.error.UnsupportedFormatException;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.Parser;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** The parsers and exporters found, by format name, and the plugins that failed to load. */
public record PluginRegistry(
        SortedMap<String, Loaded<Parser<?>>> parsers,
        SortedMap<String, Loaded<Exporter<?>>> exporters,
        List<LoadFailure> failures) {

    public Loaded<Parser<?>> parser(String name) {
        Loaded<Parser<?>> found = parsers.get(name);
        if (found == null) {
            throw unknown("parser", name, parsers.keySet());
        }
        return found;
    }

    public Loaded<Exporter<?>> exporter(String name) {
        Loaded<Exporter<?>> found = exporters.get(name);
        if (found == null) {
            throw unknown("exporter", name, exporters.keySet());
        }
        return found;
    }

    private UnsupportedFormatException unknown(String what, String name, Collection<String> known) {
        StringBuilder msg = new StringBuilder("no " + what + " named '" + name + "'; known: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        if (!failures.isEmpty()) {
            msg.append("; plugins that failed to load: ")
                    .append(failures.stream().map(LoadFailure::toString).collect(Collectors.joining("; ")));
        }
        return new UnsupportedFormatException(msg.toString());
    }
}
