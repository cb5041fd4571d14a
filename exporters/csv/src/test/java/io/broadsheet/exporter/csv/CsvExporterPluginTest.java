package io.broadsheet.exporter.csv;

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

class CsvExporterPluginTest {

    @Test
    void isFoundByServiceLoaderAndBindsTheExporter() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof CsvExporterPlugin)
                .findFirst().orElseThrow();
        Map<String, Exporter<?>> exporters = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Exporter<?>>>() { }));
        assertThat(exporters).containsOnlyKeys("csv");
        assertThat(exporters.get("csv")).isInstanceOf(CsvExporter.class);
    }

    @Test
    void everyOptionIsDescribed() {
        CsvExporter exporter = new CsvExporter();
        for (RecordComponent c : CsvExporterOptions.class.getRecordComponents()) {
            assertThat(exporter.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
        assertThat(exporter.defaultOutputName()).isEqualTo("articles.csv");
    }
}
