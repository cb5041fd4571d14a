package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.model.Section;
import io.broadsheet.parser.csv.CsvParserOptions.Paragraphs;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a {@code text} cell: paragraphs separated as the {@code paragraphs} option says, and a
 * paragraph starting with "## " opening a section under that heading (Broadsheet's CSV convention).
 */
final class Body {

    private static final String HEADING = "## ";

    private Body() {
    }

    static List<Section> sections(String text, Paragraphs mode) {
        List<Section> sections = new ArrayList<>();
        if (text == null) {
            return sections;
        }
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        boolean open = false;
        for (String paragraph : split(text, mode)) {
            if (paragraph.startsWith(HEADING)) {
                if (open) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = paragraph.substring(HEADING.length());
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(paragraph);
            }
            open = true;
        }
        if (open) {
            sections.add(new Section(heading, paragraphs));
        }
        return sections;
    }

    private static List<String> split(String text, Paragraphs mode) {
        List<String> out = new ArrayList<>();
        String[] parts = switch (mode) {
            case EXACT -> text.split("\n\n", -1);
            case BLANK_LINES -> text.split("\\R[ \\t\\u3000]*\\R(?:[ \\t\\u3000]*\\R)*", -1);
            case LINES -> text.split("\\R", -1);
        };
        for (String part : parts) {
            String paragraph = mode == Paragraphs.EXACT ? part : part.strip();
            if (!paragraph.isBlank()) {
                out.add(paragraph);
            }
        }
        return out;
    }
}
