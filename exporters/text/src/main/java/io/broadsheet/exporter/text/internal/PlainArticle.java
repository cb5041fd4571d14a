package io.broadsheet.exporter.text.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.text.JumpNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text blocks of an article, in reading order: the headline block (column, kicker, title and
 * subtitles, one per line), the byline, the continued-from note, a photo's caption and credit (and
 * byline when it differs from the credit), the paragraphs with section headings as blocks of their
 * own and the dateline run in at the start of the first paragraph, then the continued-to note.
 */
final class PlainArticle {

    private PlainArticle() {
    }

    /** Each block is a list of clean lines; empty blocks are left out. */
    static List<List<String>> blocks(Article a) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> headline = new ArrayList<>();
        headline.addAll(CleanText.lines(a.column()));
        headline.addAll(CleanText.lines(a.kicker()));
        headline.addAll(CleanText.lines(a.title()));
        a.subtitles().forEach(s -> headline.addAll(CleanText.lines(s)));
        add(blocks, headline);
        boolean photo = a.kind() == ArticleKind.PHOTO;
        if (!photo) {
            add(blocks, CleanText.lines(a.byline()));
        }
        if (a.continuedFrom() != null) {
            add(blocks, List.of(JumpNotes.continuedFrom(a.continuedFrom())));
        }
        if (photo) {
            add(blocks, CleanText.lines(a.caption()));
            add(blocks, CleanText.lines(a.credit()));
            if (!Objects.equals(a.byline(), a.credit())) {
                add(blocks, CleanText.lines(a.byline()));
            }
        }
        addSections(blocks, a);
        if (a.continuedTo() != null) {
            add(blocks, List.of(JumpNotes.continuedTo(a.continuedTo())));
        }
        return blocks;
    }

    private static void addSections(List<List<String>> blocks, Article a) {
        String dateline = a.dateline() == null ? null : a.dateline().text();
        boolean pending = !CleanText.lines(dateline).isEmpty();
        for (Section s : a.sections()) {
            add(blocks, CleanText.lines(s.heading()));
            for (String p : s.paragraphs()) {
                if (pending && !CleanText.lines(p).isEmpty()) {
                    add(blocks, CleanText.lines(dateline + " " + p));
                    pending = false;
                } else {
                    add(blocks, CleanText.lines(p));
                }
            }
        }
        if (pending) {
            add(blocks, CleanText.lines(dateline));
        }
    }

    private static void add(List<List<String>> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(lines);
        }
    }
}
