package io.broadsheet.exporter.sqlite.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code article_text} index holds: the title with its subtitles, and the body (section
 * headings, paragraphs, caption). Parts are joined by a line break, so no search term spans two parts.
 */
final class FullTextColumns {

    private FullTextColumns() {
    }

    static String title(Article a) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, a.title());
        parts.addAll(a.subtitles());
        return String.join("\n", parts);
    }

    static String body(Article a) {
        List<String> parts = new ArrayList<>();
        for (Section s : a.sections()) {
            addIfPresent(parts, s.heading());
            parts.addAll(s.paragraphs());
        }
        addIfPresent(parts, a.caption());
        return String.join("\n", parts);
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (text != null) {
            parts.add(text);
        }
    }
}
