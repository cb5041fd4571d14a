package io.broadsheet.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.core.spi.Plugin;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The options of a plugin as an operator reads them: key, type, default and description. */
public final class OptionsDescriber {

    public record OptionInfo(String key, String type, String defaultValue, String description) {
    }

    private OptionsDescriber() {
    }

    public static List<OptionInfo> describe(Plugin<?> plugin) {
        List<OptionInfo> out = new ArrayList<>();
        Class<?> type = plugin.optionsType();
        JsonNode defaults = OptionsBinder.MAPPER.valueToTree(plugin.defaultOptions());
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode value = defaults.get(c.getName());
            String shown = value == null || value.isNull() ? "(none)"
                    : value.isTextual() ? value.asText().toLowerCase().equals(value.asText()) || !c.getType().isEnum()
                            ? value.asText() : value.asText().toLowerCase()
                    : value.toString();
            out.add(new OptionInfo(c.getName(),
                    OptionsBinder.describe(OptionsBinder.MAPPER.constructType(c.getGenericType())),
                    shown, plugin.describeOption(c.getName())));
        }
        return out;
    }
}
