package io.broadsheet.parser.json;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code json} parser. */
public final class JsonParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding("json").to(JsonParser.class);
    }
}
