package io.broadsheet.parser.pdf;

import com.google.inject.AbstractModule;
import io.broadsheet.core.spi.BroadsheetPlugin;
import io.broadsheet.core.spi.Formats;

/** Contributes the {@code pdf} parser. */
public final class PdfParserPlugin extends AbstractModule implements BroadsheetPlugin {

    @Override
    protected void configure() {
        Formats.parsers(binder()).addBinding(PdfParser.NAME).to(PdfParser.class);
    }
}
