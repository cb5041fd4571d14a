package io.broadsheet.examples.atom;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Exporter;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AtomExporterPluginTest {

    @Test
    void isFoundAsAServiceAndBindsTheAtomExporter() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof AtomExporterPlugin)
                .findFirst().orElseThrow();

        Map<String, Exporter<?>> exporters = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Exporter<?>>>() { }));

        assertThat(exporters).containsOnlyKeys("atom");
        assertThat(exporters.get("atom")).isInstanceOf(AtomExporter.class);
        assertThat(exporters.get("atom").name()).isEqualTo("atom");
    }

    @Test
    void describesItselfAndEveryOption() {
        AtomExporter exporter = new AtomExporter();

        assertThat(exporter.defaultOutputName()).isEqualTo("feed.atom");
        for (RecordComponent c : AtomExporterOptions.class.getRecordComponents()) {
            assertThat(exporter.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
        assertThat(exporter.describeOption("nonsense")).isEmpty();
    }
}
