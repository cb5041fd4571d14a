package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.core.spi.Plugin;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.OptionsBinder;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks shared by the parser and exporter contracts: self-description and option binding. */
final class PluginChecks {

    private PluginChecks() {
    }

    static void describesItself(Plugin<?> plugin) {
        assertThat(plugin.name()).as("format name").matches("[a-z][a-z0-9-]*");
        assertThat(plugin.description()).as("description of " + plugin.name()).isNotBlank();
        assertThat(plugin.defaultOptions()).as("default options").isNotNull();
        assertThat(plugin.optionsType().isInstance(plugin.defaultOptions())).isTrue();
        assertThat(plugin.carries()).as("carried fields of " + plugin.name()).isNotEmpty();
        for (RecordComponent c : plugin.optionsType().getRecordComponents()) {
            assertThat(plugin.describeOption(c.getName()))
                    .as("option '%s' of %s is documented by describeOption", c.getName(), plugin.name()).isNotBlank();
        }
    }

    static <O extends Record> void bindsOptionsStrictly(Plugin<O> plugin) {
        Located none = new Located(JsonNodeFactory.instance.objectNode(), Map.of(), "test.yaml");
        List<String> errors = new ArrayList<>();
        ObjectNode defaultsAsYaml = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(plugin.defaultOptions());

        O rebound = OptionsBinder.bind(plugin.optionsType(), plugin.defaultOptions(), defaultsAsYaml, none, "", "x", errors);
        assertThat(errors).as("the defaults, written as YAML, bind again").isEmpty();
        assertThat(rebound).isEqualTo(plugin.defaultOptions());

        ObjectNode unknown = JsonNodeFactory.instance.objectNode().put("noSuchOption", 1);
        OptionsBinder.bind(plugin.optionsType(), plugin.defaultOptions(), unknown, none, "", "outputs." + plugin.name(), errors);
        assertThat(errors).singleElement().asString()
                .contains("unknown key 'noSuchOption'").contains("allowed keys: ");
    }
}
