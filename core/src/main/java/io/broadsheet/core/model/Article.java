package io.broadsheet.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One item of a newspaper page: the only thing parsers and exporters share.
 *
 * <p>Immutable: lists and the metadata map are copied, {@code null} lists become empty ones and the
 * metadata map is kept sorted so that every serialisation is deterministic. {@code metadata} carries
 * what a format knows beyond the model (e.g. a URL from a CSV column), as plain strings.
 */
public record Article(
        String id,
        ArticleKind kind,
        String column,
        String kicker,
        String title,
        List<String> subtitles,
        String byline,
        List<String> authors,
        Dateline dateline,
        List<Section> sections,
        String caption,
        String credit,
        Integer continuedTo,
        Integer continuedFrom,
        Edition edition,
        SourceRef source,
        Map<String, String> metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        subtitles = copy(subtitles);
        authors = copy(authors);
        sections = copy(sections);
        edition = edition == null ? Edition.UNKNOWN : edition;
        metadata = metadata == null || metadata.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Every paragraph of every section, in order. */
    public List<String> paragraphs() {
        List<String> all = new ArrayList<>();
        for (Section section : sections) {
            all.addAll(section.paragraphs());
        }
        return all;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; {@link #build()} checks the required fields (id, kind, source). */
    public static final class Builder {
        private String id;
        private ArticleKind kind = ArticleKind.ARTICLE;
        private String column;
        private String kicker;
        private String title;
        private List<String> subtitles = new ArrayList<>();
        private String byline;
        private List<String> authors = new ArrayList<>();
        private Dateline dateline;
        private List<Section> sections = new ArrayList<>();
        private String caption;
        private String credit;
        private Integer continuedTo;
        private Integer continuedFrom;
        private Edition edition = Edition.UNKNOWN;
        private SourceRef source;
        private Map<String, String> metadata = new TreeMap<>();

        private Builder() {
        }

        private Builder(Article a) {
            id = a.id;
            kind = a.kind;
            column = a.column;
            kicker = a.kicker;
            title = a.title;
            subtitles = new ArrayList<>(a.subtitles);
            byline = a.byline;
            authors = new ArrayList<>(a.authors);
            dateline = a.dateline;
            sections = new ArrayList<>(a.sections);
            caption = a.caption;
            credit = a.credit;
            continuedTo = a.continuedTo;
            continuedFrom = a.continuedFrom;
            edition = a.edition;
            source = a.source;
            metadata = new TreeMap<>(a.metadata);
        }

        public Builder id(String value) { id = value; return this; }
        public Builder kind(ArticleKind value) { kind = value; return this; }
        public Builder column(String value) { column = value; return this; }
        public Builder kicker(String value) { kicker = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder subtitles(List<String> value) { subtitles = new ArrayList<>(value); return this; }
        public Builder addSubtitle(String value) { subtitles.add(value); return this; }
        public Builder byline(String value) { byline = value; return this; }
        public Builder authors(List<String> value) { authors = new ArrayList<>(value); return this; }
        public Builder addAuthor(String value) { authors.add(value); return this; }
        public Builder dateline(Dateline value) { dateline = value; return this; }
        public Builder sections(List<Section> value) { sections = new ArrayList<>(value); return this; }
        public Builder addSection(Section value) { sections.add(value); return this; }
        public Builder caption(String value) { caption = value; return this; }
        public Builder credit(String value) { credit = value; return this; }
        public Builder continuedTo(Integer value) { continuedTo = value; return this; }
        public Builder continuedFrom(Integer value) { continuedFrom = value; return this; }
        public Builder edition(Edition value) { edition = value; return this; }
        public Builder source(SourceRef value) { source = value; return this; }
        public Builder metadata(Map<String, String> value) { metadata = new TreeMap<>(value); return this; }
        public Builder putMetadata(String key, String value) { metadata.put(key, value); return this; }

        public Article build() {
            return new Article(id, kind, column, kicker, title, subtitles, byline, authors, dateline,
                    sections, caption, credit, continuedTo, continuedFrom, edition, source, metadata);
        }
    }
}
