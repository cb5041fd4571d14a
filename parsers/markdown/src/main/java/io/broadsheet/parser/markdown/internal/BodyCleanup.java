package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Removes from a body what exporters print but the model keeps in fields: the run-in dateline at the
 * start of the first paragraph and the continuation notes before the first and after the last one.
 */
final class BodyCleanup {

    private BodyCleanup() {
    }

    static List<Section> dropFirstParagraphIf(List<Section> sections, Predicate<String> note) {
        int s = firstWithParagraphs(sections);
        if (s < 0 || !note.test(sections.get(s).paragraphs().get(0))) {
            return sections;
        }
        return replaceParagraphs(sections, s, sections.get(s).paragraphs().subList(1, sections.get(s).paragraphs().size()));
    }

    static List<Section> dropLastParagraphIf(List<Section> sections, Predicate<String> note) {
        for (int s = sections.size() - 1; s >= 0; s--) {
            List<String> paragraphs = sections.get(s).paragraphs();
            if (!paragraphs.isEmpty()) {
                return note.test(paragraphs.get(paragraphs.size() - 1))
                        ? replaceParagraphs(sections, s, paragraphs.subList(0, paragraphs.size() - 1))
                        : sections;
            }
        }
        return sections;
    }

    /** Strips "{@code dateline} " from the first paragraph; a paragraph that is only the dateline goes. */
    static List<Section> stripDateline(List<Section> sections, String dateline) {
        int s = firstWithParagraphs(sections);
        if (s < 0) {
            return sections;
        }
        List<String> paragraphs = new ArrayList<>(sections.get(s).paragraphs());
        String first = paragraphs.get(0);
        if (first.startsWith(dateline + " ")) {
            paragraphs.set(0, first.substring(dateline.length() + 1));
        } else if (first.equals(dateline) || first.equals(dateline.strip())) {
            paragraphs.remove(0);
        } else {
            return sections;
        }
        return replaceParagraphs(sections, s, paragraphs);
    }

    private static int firstWithParagraphs(List<Section> sections) {
        for (int s = 0; s < sections.size(); s++) {
            if (!sections.get(s).paragraphs().isEmpty()) {
                return s;
            }
        }
        return -1;
    }

    /** A lead left without paragraphs disappears; a headed section stays, its heading is content. */
    private static List<Section> replaceParagraphs(List<Section> sections, int index, List<String> paragraphs) {
        List<Section> out = new ArrayList<>(sections);
        Section old = sections.get(index);
        if (old.heading() == null && paragraphs.isEmpty()) {
            out.remove(index);
        } else {
            out.set(index, new Section(old.heading(), paragraphs));
        }
        return out;
    }
}
