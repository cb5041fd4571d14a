package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.Objects;

/**
 * One article as an {@code <article>} element, in the markup of the shared EPUB convention: a header
 * (column, kicker, title, subtitles, byline), the jump note from the previous part, the paragraphs with
 * the dateline run in at the start of the first, section headings, the photo figure, and the jump note to
 * the next part.
 */
final class ArticleMarkup {

    private ArticleMarkup() {
    }

    /**
     * @param fromNote markup of the "continued from" note's content (a link or plain text), or null
     * @param toNote   markup of the "continued to" note's content (possibly a placeholder), or null
     */
    static void render(Markup m, Article a, String anchorId, String fromNote, String toNote) {
        SourceRef source = a.source();
        m.open("article", "id", anchorId, "class", a.kind().label(),
                "data-id", a.id(), "data-kind", a.kind().label(), "data-source", source.path(),
                "data-source-lines", source.endLine() > 0 ? source.startLine() + "-" + source.endLine() : null)
                .newline();
        header(m, a);
        if (fromNote != null) {
            note(m, "continued-from", a.continuedFrom(), fromNote);
        }
        if (a.kind() == ArticleKind.PHOTO) {
            figure(m, a);
        }
        body(m, a);
        if (toNote != null) {
            note(m, "continued-to", a.continuedTo(), toNote);
        }
        m.close("article").newline();
    }

    private static void header(Markup m, Article a) {
        String byline = showByline(a) ? a.byline() : null;
        if (a.column() == null && a.kicker() == null && a.title() == null && a.subtitles().isEmpty() && byline == null) {
            return;
        }
        m.open("header").newline();
        m.line("p", a.column(), "class", "column");
        m.line("p", a.kicker(), "class", "kicker");
        m.line("h1", a.title(), "class", "title");
        for (String subtitle : a.subtitles()) {
            m.line("p", subtitle, "class", "subtitle");
        }
        m.line("p", byline, "class", "byline");
        m.close("header").newline();
    }

    /** A photo's byline usually repeats its credit: print it only when it says something else. */
    private static boolean showByline(Article a) {
        return a.byline() != null && !(a.kind() == ArticleKind.PHOTO && Objects.equals(a.byline(), a.credit()));
    }

    private static void figure(Markup m, Article a) {
        if (a.caption() == null && a.credit() == null) {
            return;
        }
        m.open("figure", "class", "photo").open("figcaption");
        m.element("span", a.caption(), "class", "caption");
        if (a.caption() != null && a.credit() != null) {
            m.text(" ");
        }
        m.element("span", a.credit(), "class", "credit");
        m.close("figcaption").close("figure").newline();
    }

    private static void body(Markup m, Article a) {
        Dateline dateline = a.dateline();
        for (Section section : a.sections()) {
            if (section.heading() != null) {
                m.line("h2", section.heading());
            }
            for (String paragraph : section.paragraphs()) {
                m.open("p");
                if (dateline != null) {
                    dateline(m, dateline);
                    m.text(" ");
                    dateline = null;
                }
                m.text(paragraph).close("p").newline();
            }
        }
        if (dateline != null) {
            // A dateline with no paragraph to open still belongs to the article.
            m.open("p");
            dateline(m, dateline);
            m.close("p").newline();
        }
    }

    private static void dateline(Markup m, Dateline d) {
        m.element("span", d.text(), "class", "dateline",
                "data-agency", d.agency(), "data-place", d.place(), "data-date", d.date());
    }

    private static void note(Markup m, String cssClass, Integer page, String content) {
        m.open("p", "class", cssClass, "data-page", page.toString()).raw(content).close("p").newline();
    }
}
