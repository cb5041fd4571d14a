package io.broadsheet.exporter.text;

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

class TextExporterPluginTest {

    @Test
    void isFoundByServiceLoaderAndBindsTheExporter() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof TextExporterPlugin)
                .findFirst().orElseThrow();
        Map<String, Exporter<?>> exporters = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Exporter<?>>>() { }));
        assertThat(exporters).containsOnlyKeys("text");
        assertThat(exporters.get("text")).isInstanceOf(TextExporter.class);
        assertThat(exporters.get("text").name()).isEqualTo("text");
    }

    @Test
    void everyOptionIsDescribed() {
        TextExporter exporter = new TextExporter();
        for (RecordComponent c : TextExporterOptions.class.getRecordComponents()) {
            assertThat(exporter.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
        assertThat(exporter.describeOption("nonsense")).isEmpty();
        assertThat(exporter.optionsType()).isEqualTo(TextExporterOptions.class);
    }
}
