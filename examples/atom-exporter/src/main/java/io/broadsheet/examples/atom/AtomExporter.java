package io.broadsheet.examples.atom;

import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.examples.atom.AtomExporterOptions.Content;
import io.broadsheet.examples.atom.internal.AtomSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the archive as one Atom 1.0 feed (RFC 4287), {@code feed.atom}: one entry per article, with a
 * stable {@code urn:uuid:} id, the title, the edition date as atom:updated, the authors, the column as
 * a category, the subtitles as summary and the body as content. Photos become entries only with
 * {@code includePhotos}; fragments (untitled text continued from another page) never do: an entry
 * nobody can name is noise in a feed reader, and the {@code json} output keeps them.
 *
 * <p>Uses only the JDK's {@code javax.xml.stream}: a plugin jar shares nothing with the runtime but the
 * SPI, so every dependency it has must ship inside it. Identical input and options give identical bytes.
 */
public final class AtomExporter implements Exporter<AtomExporterOptions> {

    public static final String NAME = "atom";

    private static final Map<String, String> OPTION_DOCS = Map.of(
            "title", "Feed title; when not set: the publication(s) of the archive, else \"Broadsheet archive\".",
            "feedId", "atom:id of the feed, an absolute IRI; when not set: a urn:uuid: derived from the title.",
            "selfLink", "URL the feed is published at, written as <link rel=\"self\"> (RFC 4287 asks for one); left out when not set.",
            "author", "Feed-level author, inherited by entries that have none; when not set: the publication(s).",
            "language", "BCP 47 tag written as xml:lang on the feed, e.g. zh-Hans; left out when not set.",
            "content", "Body of each entry: xhtml (default; paragraphs and section headings as XHTML) or text (plain text).",
            "includePhotos", "Also write photos as entries, titled by their caption (default false; fragments are never written).",
            "defaultUpdated", "atom:updated of entries whose edition has no date, yyyy-MM-ddTHH:mm:ssZ; fixed so that output is"
                    + " reproducible (default 2026-01-01T00:00:00Z).");

    /** Public no-argument constructor: Guice creates the exporter from its binding. */
    public AtomExporter() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Atom 1.0 feed (RFC 4287) of the archive's articles, for feed readers";
    }

    @Override
    public String defaultOutputName() {
        return "feed.atom";
    }

    @Override
    public Class<AtomExporterOptions> optionsType() {
        return AtomExporterOptions.class;
    }

    @Override
    public AtomExporterOptions defaultOptions() {
        return new AtomExporterOptions(null, null, null, null, null, Content.XHTML, false, "2026-01-01T00:00:00Z");
    }

    /**
     * What an entry shows in full. Not declared: the article id (the entry id is a UUID derived from it),
     * the edition (only its date, as atom:updated), the dateline (its text only, run in to the first
     * paragraph), caption and credit (photos are left out by default), kicker, byline and the rest.
     */
    @Override
    public Set<ModelField> carries() {
        return EnumSet.of(ModelField.TITLE, ModelField.SUBTITLES, ModelField.AUTHORS, ModelField.COLUMN,
                ModelField.SECTIONS);
    }

    @Override
    public String describeOption(String key) {
        return OPTION_DOCS.getOrDefault(key, "");
    }

    @Override
    public ExportSession open(AtomExporterOptions options, OutputTarget target) throws IOException {
        return AtomSession.open(options, target);
    }
}
