package io.broadsheet.core.spi;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

/** The two maps plugins contribute to, keyed by format name. */
public final class Formats {

    public static final TypeLiteral<Parser<?>> PARSER = new TypeLiteral<>() { };
    public static final TypeLiteral<Exporter<?>> EXPORTER = new TypeLiteral<>() { };

    private Formats() {
    }

    public static MapBinder<String, Parser<?>> parsers(Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, PARSER);
    }

    public static MapBinder<String, Exporter<?>> exporters(Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, EXPORTER);
    }
}
