package io.broadsheet.examples.atom.internal;

import io.broadsheet.examples.atom.AtomExporterOptions;
import java.io.IOException;
import java.time.Instant;

/** The feed's own metadata: everything RFC 4287 requires of atom:feed, written before the entries. */
final class FeedHead {

    static final String DEFAULT_TITLE = "Broadsheet archive";

    private FeedHead() {
    }

    static void write(Xml xml, AtomExporterOptions options, FeedFacts facts, Instant fallback) throws IOException {
        String title = options.title() != null ? options.title()
                : facts.publications() != null ? facts.publications() : DEFAULT_TITLE;
        // A derived id follows the title: set feedId to keep a published feed's id when renaming it.
        String id = options.feedId() != null ? options.feedId() : NameUuid.urn("feed:" + title);
        xml.newline(1).element("id", id);
        xml.newline(1).element("title", title);
        xml.newline(1).element("updated", AtomDates.format(facts.latest(fallback)));
        if (options.selfLink() != null) {
            xml.newline(1).empty("link").attribute("rel", "self").attribute("href", options.selfLink());
        }
        // RFC 4287 4.1.1: a feed needs an author unless every entry has one; entries inherit this one.
        if (options.author() != null || facts.entryWithoutAuthor()) {
            String author = options.author() != null ? options.author()
                    : facts.publications() != null ? facts.publications() : title;
            xml.newline(1).start("author").element("name", author).end();
        }
        xml.newline(1).element("generator", "Broadsheet atom exporter");
    }
}
