package io.broadsheet.exporter.csv.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.broadsheet.core.text.Utf16;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** The metadata map as one compact JSON object with sorted keys; empty when there is none. */
final class MetadataJson {

    private static final JsonFactory JSON = new JsonFactory();

    private MetadataJson() {
    }

    static String of(Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return "";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : new TreeMap<>(metadata).entrySet()) {
                g.writeFieldName(Utf16.replaceLoneSurrogates(e.getKey()));
                if (e.getValue() == null) {
                    g.writeNull();
                } else {
                    g.writeString(Utf16.replaceLoneSurrogates(e.getValue()));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }
}
