package io.broadsheet.parser.csv;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code csv} parser. */
public final class CsvParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding(CsvParser.NAME).to(CsvParser.class);
    }
}
