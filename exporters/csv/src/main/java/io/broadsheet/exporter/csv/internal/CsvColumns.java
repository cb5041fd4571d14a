package io.broadsheet.exporter.csv.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Column names an operator may choose, their checks, and the columns they stand for. */
public final class CsvColumns {

    /** The shared column order, the default. */
    public static final List<String> STANDARD = List.of("id", "kind", "publication", "date", "page", "column",
            "kicker", "title", "subtitles", "byline", "authors", "dateline", "text", "caption", "credit",
            "continuedTo", "continuedFrom", "source", "metadata");
    /** Further model fields, for operators who want them. */
    public static final List<String> EXTRA = List.of("datelineAgency", "datelinePlace", "datelineDate",
            "sourceLines", "sourceEncoding");
    private static final List<String> PARAGRAPH_ONLY = List.of("section", "paragraph");

    private CsvColumns() {
    }

    /** Throws IllegalArgumentException naming every unknown, misplaced or repeated column at once. */
    public static void validate(List<String> names, boolean paragraphMode) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("columns must name at least one column; allowed: " + allowed());
        }
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        Set<String> misplaced = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || !known(name)) {
                unknown.add(String.valueOf(name));
            } else if (!seen.add(name)) {
                repeated.add(name);
            } else if (!paragraphMode && PARAGRAPH_ONLY.contains(name)) {
                misplaced.add(name);
            }
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown column(s) " + unknown + "; allowed: " + allowed());
        }
        if (!repeated.isEmpty()) {
            problems.add("column(s) listed twice: " + repeated);
        }
        if (!misplaced.isEmpty()) {
            problems.add("column(s) " + misplaced + " exist only with mode: paragraph");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * The columns for validated names. In paragraph mode {@code text} stands for {@code section,
     * paragraph,text} unless the operator placed {@code section} or {@code paragraph} themselves.
     */
    static List<Column> resolve(List<String> names, boolean paragraphMode) {
        boolean expand = paragraphMode && !names.contains("section") && !names.contains("paragraph");
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            if (expand && name.equals("text")) {
                columns.add(StandardColumn.SECTION);
                columns.add(StandardColumn.PARAGRAPH);
            }
            StandardColumn standard = StandardColumn.byHeader(name);
            columns.add(standard != null ? standard : new MetadataColumn(name.substring(MetadataColumn.PREFIX.length())));
        }
        return columns;
    }

    private static boolean known(String name) {
        return StandardColumn.byHeader(name) != null
                || (name.startsWith(MetadataColumn.PREFIX) && name.length() > MetadataColumn.PREFIX.length());
    }

    private static String allowed() {
        return String.join(", ", STANDARD) + ", " + String.join(", ", EXTRA)
                + ", section and paragraph (mode: paragraph), metadata.<key>";
    }
}
