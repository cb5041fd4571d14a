package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.text.ChineseNumerals;

/** The continuation notes a newspaper prints where an article jumps pages, e.g. （下转第三版）. */
final class JumpNotes {

    private JumpNotes() {
    }

    static String continuedTo(int page) {
        return "（下转第" + ChineseNumerals.of(page) + "版）";
    }

    static String continuedFrom(int page) {
        return "（上接第" + ChineseNumerals.of(page) + "版）";
    }
}
