package io.broadsheet.exporter.csv.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.SourceRef;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The columns named after model fields. Numbers are plain integers, lists are joined. */
enum StandardColumn implements Column {
    ID("id", a -> a.id()),
    KIND("kind", a -> a.kind().label()),
    PUBLICATION("publication", a -> a.edition().publication()),
    DATE("date", a -> a.edition().date()),
    PAGE("page", a -> number(a.edition().page())),
    COLUMN("column", Article::column),
    KICKER("kicker", Article::kicker),
    TITLE("title", Article::title),
    SUBTITLES("subtitles", (row, sep) -> join(row.article().subtitles(), sep)),
    BYLINE("byline", Article::byline),
    AUTHORS("authors", (row, sep) -> join(row.article().authors(), sep)),
    DATELINE("dateline", a -> dateline(a, Dateline::text)),
    TEXT("text", (row, sep) -> row.text()),
    CAPTION("caption", Article::caption),
    CREDIT("credit", Article::credit),
    CONTINUED_TO("continuedTo", a -> number(a.continuedTo())),
    CONTINUED_FROM("continuedFrom", a -> number(a.continuedFrom())),
    SOURCE("source", a -> a.source().path()),
    METADATA("metadata", a -> MetadataJson.of(a.metadata())),
    DATELINE_AGENCY("datelineAgency", a -> dateline(a, Dateline::agency)),
    DATELINE_PLACE("datelinePlace", a -> dateline(a, Dateline::place)),
    DATELINE_DATE("datelineDate", a -> dateline(a, Dateline::date)),
    SOURCE_LINES("sourceLines", a -> lines(a.source())),
    SOURCE_ENCODING("sourceEncoding", a -> a.source().encoding()),
    SECTION("section", (row, sep) -> row.section()),
    PARAGRAPH("paragraph", (row, sep) -> number(row.paragraph()));

    private final String header;
    private final BiFunction<Row, String, String> value;

    StandardColumn(String header, Function<Article, String> value) {
        this(header, (row, sep) -> value.apply(row.article()));
    }

    StandardColumn(String header, BiFunction<Row, String, String> value) {
        this.header = header;
        this.value = value;
    }

    @Override
    public String value(Row row, String listSeparator) {
        return value.apply(row, listSeparator);
    }

    @Override
    public String header() {
        return header;
    }

    static StandardColumn byHeader(String header) {
        for (StandardColumn c : values()) {
            if (c.header.equals(header)) {
                return c;
            }
        }
        return null;
    }

    private static String number(Integer n) {
        return n == null ? null : n.toString();
    }

    private static String join(List<String> items, String separator) {
        return items.isEmpty() ? null : String.join(separator, items);
    }

    private static String dateline(Article a, Function<Dateline, String> part) {
        return a.dateline() == null ? null : part.apply(a.dateline());
    }

    private static String lines(SourceRef s) {
        return s.startLine() == 0 && s.endLine() == 0 ? null : s.startLine() + "-" + s.endLine();
    }
}
