package io.broadsheet.parser.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.Parser;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class EpubPluginTest {

    @Test
    void pluginIsFoundAndBindsTheParserUnderItsName() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof EpubParserPlugin)
                .findFirst().orElseThrow();
        Map<String, Parser<?>> parsers = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Parser<?>>>() { }));

        assertThat(parsers).containsOnlyKeys("epub");
        assertThat(parsers.get("epub")).isInstanceOf(EpubParser.class);
    }

    @Test
    void declaresWhatItCarriesAndDescribesEveryOption() {
        EpubParser parser = new EpubParser();

        assertThat(parser.extensions()).containsExactly("epub");
        assertThat(parser.carries()).containsExactlyInAnyOrder(ModelField.values());
        for (RecordComponent c : EpubParserOptions.class.getRecordComponents()) {
            assertThat(parser.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
    }

    @Test
    void sniffsTheOcfMimetypeEntry() {
        EpubParser parser = new EpubParser();
        byte[] epub = Books.zip(Books.folder("own"));

        assertThat(parser.sniff("x", Arrays.copyOf(epub, 512))).isTrue();
        assertThat(parser.sniff("x", Arrays.copyOf(epub, 40))).isFalse();
        assertThat(parser.sniff("x", Books.utf8("mimetypeapplication/epub+zip"))).isFalse();
        Map<String, byte[]> plainZip = new java.util.LinkedHashMap<>();
        plainZip.put("readme.txt", Books.utf8("青溪"));
        assertThat(parser.sniff("x", Arrays.copyOf(Books.zip(plainZip), 200))).isFalse();
        assertThat(parser.sniff("x", new byte[0])).isFalse();
    }
}
