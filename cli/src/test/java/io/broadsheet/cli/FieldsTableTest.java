package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The README's table of carried fields is generated from the plugins' declarations: it must match them. */
class FieldsTableTest {

    static String table(PluginRegistry registry) {
        Set<String> formats = new TreeSet<>(registry.exporters().keySet());
        StringBuilder out = new StringBuilder("| field |");
        formats.forEach(f -> out.append(" ").append(f).append(" |"));
        out.append("\n| --- |");
        formats.forEach(f -> out.append(" --- |"));
        out.append('\n');
        for (ModelField field : ModelField.values()) {
            out.append("| ").append(field.name().toLowerCase(Locale.ROOT)).append(" |");
            for (String format : formats) {
                out.append(" ").append(cell(field, registry.exporters().get(format), registry.parsers().get(format))).append(" |");
            }
            out.append('\n');
        }
        out.append("\n✓ survives a round trip through the format; w: written, but the format's parser does not read it back")
                .append(" (the `text` parser reads newspaper pages, not the text exporter's output); –: not carried.\n");
        return out.toString();
    }

    /** Formats whose parser reads something else than their exporter writes: no round trip through them. */
    private static final Set<String> NOT_READ_BACK = Set.of("text");

    private static String cell(ModelField field, Loaded<Exporter<?>> exporter, Loaded<Parser<?>> parser) {
        boolean written = exporter.plugin().carries().contains(field);
        boolean read = parser != null && !NOT_READ_BACK.contains(parser.name()) && parser.plugin().carries().contains(field);
        return written && read ? "✓" : written ? "w" : "–";
    }

    @Test
    void readmeTableMatchesThePluginsDeclarations() throws Exception {
        String expected = table(PluginLoader.load(List.of()));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).as("README.md must contain this table (regenerate it from the test's expected value)")
                .contains(expected);
    }
}
