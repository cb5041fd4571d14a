package io.broadsheet.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.Parser;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CsvPluginTest {

    @Test
    void pluginIsFoundAndBindsTheParserUnderItsName() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof CsvParserPlugin)
                .findFirst().orElseThrow();
        Map<String, Parser<?>> parsers = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Parser<?>>>() { }));

        assertThat(parsers).containsOnlyKeys("csv");
        assertThat(parsers.get("csv")).isInstanceOf(CsvParser.class);
    }

    @Test
    void declaresWhatItCarriesAndDescribesEveryOption() {
        CsvParser parser = new CsvParser();

        assertThat(parser.extensions()).containsExactlyInAnyOrder("csv", "tsv");
        assertThat(parser.carries()).doesNotContain(ModelField.DATELINE, ModelField.SOURCE)
                .contains(ModelField.ID, ModelField.SECTIONS, ModelField.EDITION, ModelField.METADATA);
        for (RecordComponent c : CsvParserOptions.class.getRecordComponents()) {
            assertThat(parser.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
        assertThat(parser.defaultOptions().columns()).containsEntry("continuedTo", "continuedTo").containsEntry("sourceLines", "sourceLines").hasSize(26);
    }

    @Test
    void sniffsAHeaderLine() {
        CsvParser parser = new CsvParser();

        assertThat(parser.sniff("x", "id,title,text\n1,a,b\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(parser.sniff("x", "TITLE\tLINK\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(parser.sniff("x", "本报讯 今天，青溪大桥通车，市民纷纷前往。\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(parser.sniff("x", "# 标题\n\n正文\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(parser.sniff("x", "<html><body>a,b</body></html>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(parser.sniff("x", new byte[0])).isFalse();
    }
}
