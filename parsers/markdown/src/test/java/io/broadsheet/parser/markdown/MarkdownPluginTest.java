package io.broadsheet.parser.markdown;

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

class MarkdownPluginTest {

    @Test
    void pluginIsFoundAndBindsTheParserUnderItsName() {
        BroadsheetPlugin plugin = ServiceLoader.load(BroadsheetPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof MarkdownParserPlugin)
                .findFirst().orElseThrow();
        Map<String, Parser<?>> parsers = Guice.createInjector(plugin)
                .getInstance(Key.get(new TypeLiteral<Map<String, Parser<?>>>() { }));

        assertThat(parsers).containsOnlyKeys("markdown");
        assertThat(parsers.get("markdown")).isInstanceOf(MarkdownParser.class);
    }

    @Test
    void declaresExtensionsFieldsAndDescribesEveryOption() {
        MarkdownParser parser = new MarkdownParser();

        assertThat(parser.extensions()).containsExactlyInAnyOrder("md", "markdown");
        assertThat(parser.carries()).containsExactlyInAnyOrder(ModelField.values());
        for (RecordComponent c : MarkdownParserOptions.class.getRecordComponents()) {
            assertThat(parser.describeOption(c.getName())).as(c.getName()).isNotBlank();
        }
    }

    @Test
    void sniffsFrontMatterAndHeadingsOnly() {
        MarkdownParser parser = new MarkdownParser();

        assertThat(parser.sniff("a", "---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(parser.sniff("a", "前言\n\n# 标题\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(parser.sniff("a", "本报讯 正文\n第二行\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(parser.sniff("a", "id,title\n1,x\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(parser.sniff("a", new byte[0])).isFalse();
    }
}
