package io.broadsheet.parser.markdown;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code markdown} parser. */
public final class MarkdownParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding(MarkdownParser.NAME).to(MarkdownParser.class);
    }
}
