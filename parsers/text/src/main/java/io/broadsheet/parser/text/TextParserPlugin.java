package io.broadsheet.parser.text;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code text} parser. */
public final class TextParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding(TextParser.NAME).to(TextParser.class);
    }
}
