package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class EpubExporterPluginTest {

    @Test
    void pluginIsFoundAsAServiceAndBindsTheEpubExporter() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof EpubExporterPlugin)
                .findFirst().orElseThrow();

        Map<String, Exporter<?>> exporters = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Exporter<?>>>() { }));

        assertThat(exporters).containsOnlyKeys("epub");
        assertThat(exporters.get("epub")).isInstanceOf(EpubExporter.class);
    }

    @Test
    void describesItselfAndEveryOption() {
        EpubExporter exporter = new EpubExporter();

        assertThat(exporter.name()).isEqualTo("epub");
        assertThat(exporter.defaultOutputName()).isEqualTo("archive.epub");
        assertThat(exporter.description()).isNotBlank();
        assertThat(exporter.optionsType()).isEqualTo(EpubExporterOptions.class);
        assertThat(exporter.carries()).containsExactlyInAnyOrder(ModelField.values());
        assertThat(Arrays.stream(EpubExporterOptions.class.getRecordComponents()).map(RecordComponent::getName))
                .allSatisfy(key -> assertThat(exporter.describeOption(key)).as(key).isNotBlank());
        assertThat(exporter.describeOption("nonsense")).isEmpty();
    }
}
