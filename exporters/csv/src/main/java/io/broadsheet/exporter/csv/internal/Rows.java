package io.broadsheet.exporter.csv.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/** The rows of one article. */
final class Rows {

    private Rows() {
    }

    static List<Row> articleMode(Article a) {
        return List.of(new Row(a, null, null, BodyText.of(a)));
    }

    /**
     * One row per paragraph. A heading without paragraphs still gets a row (empty paragraph and text),
     * and so does an article without any (a photo), so that nothing disappears.
     */
    static List<Row> paragraphMode(Article a) {
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (Section s : a.sections()) {
            if (s.paragraphs().isEmpty() && s.heading() != null) {
                rows.add(new Row(a, s.heading(), null, null));
            }
            for (String p : s.paragraphs()) {
                rows.add(new Row(a, s.heading(), ++index, p));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new Row(a, null, null, null));
        }
        return rows;
    }
}
