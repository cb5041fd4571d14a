package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The front matter of an article file: the shared key order, null and empty values left out. */
final class FrontMatter {

    /** Keys written from the model, which a typed source value must not repeat. */
    private static final Set<String> TAKEN = Set.of("title", "subtitles", "kicker", "column", "byline", "authors",
            "dateline", "dateline_agency", "dateline_place", "dateline_date", "date", "publication", "page", "kind",
            "id", "caption", "credit", "continued_to", "continued_from", "source", "source_lines", "source_encoding",
            "metadata", "subtitle", "author", "tags");

    private FrontMatter() {
    }

    static String of(Article a) {
        return broadsheetKeys(a).toFrontMatter();
    }

    /**
     * The front matter of an article file: Broadsheet's keys; with {@code toolKeys} the keys pandoc, Hugo
     * and Jekyll read ({@code subtitle}, {@code author} and {@code tags} as lists; {@code title} and
     * {@code date} are shared); then the values a source post had with YAML types, written with them again.
     */
    static String ofArticleFile(Article a, boolean toolKeys) {
        YamlBlock block = broadsheetKeys(a);
        Map<String, Object> typed = TypedFrontMatter.of(a.metadata());
        if (toolKeys) {
            block.string("subtitle", String.join(" ", a.subtitles()));
            List<String> author = !a.authors().isEmpty() ? a.authors()
                    : a.byline() == null || a.byline().isBlank() ? List.of() : List.of(a.byline());
            block.list("author", author);
        }
        Object tags = typed.containsKey("tags") ? typed.get("tags")
                : !toolKeys || a.column() == null || a.column().isBlank() ? null : List.of(a.column());
        block.typed("tags", tags);
        typed.forEach((key, value) -> {
            if (!TAKEN.contains(key)) {
                block.typed(key, value);
            }
        });
        return block.toFrontMatter();
    }

    private static YamlBlock broadsheetKeys(Article a) {
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
                .map("metadata", a.metadata());
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
