package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;

/** The front matter of an article file: the shared key order, null and empty values left out. */
final class FrontMatter {

    private FrontMatter() {
    }

    static String of(Article a) {
        Dateline d = a.dateline();
        Edition e = a.edition();
        SourceRef s = a.source();
        boolean hasLines = s.startLine() != 0 || s.endLine() != 0;
        return new YamlBlock()
                .string("title", a.title())
                .list("subtitles", a.subtitles())
                .string("kicker", a.kicker())
                .string("column", a.column())
                .string("byline", a.byline())
                .list("authors", a.authors())
                .string("dateline", d == null ? null : d.text())
                .string("dateline_agency", d == null ? null : d.agency())
                .string("dateline_place", d == null ? null : d.place())
                .string("dateline_date", d == null ? null : d.date())
                .string("date", e.date())
                .string("publication", e.publication())
                .integer("page", e.page())
                .string("kind", a.kind().label())
                .string("id", a.id())
                .string("caption", a.caption())
                .string("credit", a.credit())
                .integer("continued_to", a.continuedTo())
                .integer("continued_from", a.continuedFrom())
                .string("source", s.path())
                .string("source_lines", hasLines ? s.startLine() + "-" + s.endLine() : null)
                .string("source_encoding", s.encoding())
                .map("metadata", a.metadata())
                .toFrontMatter();
    }

    /** The front matter of an edition file: what its articles share. */
    static String ofEdition(Edition e) {
        String title = e.publication() == null ? e.date()
                : e.date() == null ? e.publication() : e.publication() + " " + e.date();
        return new YamlBlock()
                .string("title", title)
                .string("date", e.date())
                .string("publication", e.publication())
                .toFrontMatter();
    }
}
