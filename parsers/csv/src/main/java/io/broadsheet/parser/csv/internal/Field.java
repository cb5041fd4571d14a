package io.broadsheet.parser.csv.internal;

import java.util.ArrayList;
import java.util.List;

/** What a CSV column can hold: a model field (by Broadsheet's column name), a paragraph-row part, or nothing. */
public enum Field {
    ID("id"), KIND("kind"), PUBLICATION("publication"), DATE("date"), PAGE("page"), COLUMN("column"),
    KICKER("kicker"), TITLE("title"), SUBTITLES("subtitles"), BYLINE("byline"), AUTHORS("authors"),
    DATELINE("dateline"), DATELINE_AGENCY("datelineAgency"), DATELINE_PLACE("datelinePlace"),
    DATELINE_DATE("datelineDate"), TEXT("text"), CAPTION("caption"), CREDIT("credit"), CONTINUED_TO("continuedTo"),
    CONTINUED_FROM("continuedFrom"), SOURCE("source"), SOURCE_LINES("sourceLines"), SOURCE_ENCODING("sourceEncoding"),
    METADATA("metadata"),
    /** Paragraph rows: the section heading, empty for the lead. */
    SECTION("section"),
    /** Paragraph rows: the 1-based index of the paragraph in its article. */
    PARAGRAPH("paragraph"),
    /** A column to drop instead of keeping it as metadata. */
    IGNORE("ignore");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The field named {@code name} (case-insensitive), or null. */
    public static Field byName(String name) {
        for (Field field : values()) {
            if (field.label.equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Field field : values()) {
            names.add(field.label);
        }
        return names;
    }
}
