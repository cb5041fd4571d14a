package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Collects paragraphs under headings: paragraphs before the first heading are the lead. */
final class Sections {

    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<String> paragraphs;

    void heading(String text) {
        close();
        heading = text;
        paragraphs = new ArrayList<>();
    }

    void paragraph(String text) {
        if (paragraphs == null) {
            paragraphs = new ArrayList<>();
        }
        paragraphs.add(text);
    }

    List<Section> build() {
        close();
        return sections;
    }

    private void close() {
        if (paragraphs != null) {
            sections.add(new Section(heading, paragraphs));
        }
        heading = null;
        paragraphs = null;
    }
}
