package io.broadsheet.exporter.csv.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The body in one cell, as the shared convention fixes it: paragraphs separated by a blank line, a
 * section heading as its own paragraph prefixed with "## ". The dateline has its own column and is
 * not repeated here; nor are continuation notes (continuedTo/continuedFrom are columns).
 */
final class BodyText {

    private BodyText() {
    }

    static String of(Article a) {
        List<String> blocks = new ArrayList<>();
        for (Section s : a.sections()) {
            if (s.heading() != null) {
                blocks.add("## " + s.heading());
            }
            blocks.addAll(s.paragraphs());
        }
        return String.join("\n\n", blocks);
    }
}
