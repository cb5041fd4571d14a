package io.broadsheet.core.model;

import java.util.List;

/** A run of paragraphs under an optional heading; the lead of an article is a section without heading. */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    public static Section lead(List<String> paragraphs) {
        return new Section(null, paragraphs);
    }
}
