package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.examples.atom.AtomExporterOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/** Writes one atom:entry. Inside an entry RFC 4287 allows any order; this is the order it lists them. */
final class EntryWriter {

    private final AtomExporterOptions options;

    EntryWriter(AtomExporterOptions options) {
        this.options = options;
    }

    /** Writes {@code a} as an entry; tells whether it has an author of its own (else the feed's stands in). */
    boolean write(Xml xml, Article a, Instant updated) throws IOException {
        xml.newline(1).start("entry");
        // Derived from the article id only: an Atom id must never change, whatever the options say.
        xml.newline(2).element("id", NameUuid.urn("article:" + a.id()));
        xml.newline(2).element("title", EntryTitle.of(a));
        xml.newline(2).element("updated", AtomDates.format(updated));
        boolean ownAuthor = false;
        for (String name : a.authors()) {
            if (XmlChars.hasText(name)) {
                xml.newline(2).start("author").element("name", name.strip()).end();
                ownAuthor = true;
            }
        }
        if (XmlChars.hasText(a.column())) {
            // A parser turns line breaks in an attribute into spaces: write spaces, so the term reads back as written.
            xml.newline(2).empty("category").attribute("term", a.column().strip().replaceAll("\\s+", " "));
        }
        String link = webLink(a.metadata().get("url"));
        if (link != null) {
            xml.newline(2).empty("link").attribute("rel", "alternate").attribute("href", link);
        }
        if (a.subtitles().stream().anyMatch(XmlChars::hasText)) {
            xml.newline(2).start("summary").attribute("type", "text").text(String.join("\n", a.subtitles())).end();
        }
        EntryBody.write(xml, a, options.content(), 2);
        xml.newline(1).end();
        return ownAuthor;
    }

    /** A {@code url} metadata entry (e.g. from a CSV column) when it is an absolute http(s) URL; else null. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
