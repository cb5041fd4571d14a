package io.broadsheet.core.spi;

import java.util.Set;

/**
 * What parsers and exporters have in common: a format name, a one-line description and options.
 *
 * <p>Options are a record whose components are the YAML keys of the plugin's section; {@link
 * #defaultOptions()} holds every default, in one place. A record may validate its values in its
 * compact constructor by throwing {@link IllegalArgumentException}: the message is shown to the
 * operator with the config file and key.
 *
 * @param <O> the options record
 */
public interface Plugin<O extends Record> {

    /** The format name operators type: lower case, e.g. {@code json}, {@code markdown}. */
    String name();

    /** One line, shown by {@code broadsheet formats}. */
    String description();

    Class<O> optionsType();

    O defaultOptions();

    /** Model fields this format carries: a parser reads them, an exporter writes them. */
    Set<ModelField> carries();

    /** A per-option description for {@code broadsheet formats}; empty when none is given. */
    default String describeOption(String key) {
        return "";
    }
}
