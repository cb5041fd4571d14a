package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Section;
import java.util.List;

/**
 * Appends the Markdown blocks of an article's sections: {@code ## heading} lines and paragraph lines,
 * the dateline run-in and bold at the start of the first paragraph. Empty paragraphs are left out (they
 * carry nothing and CommonMark has no empty paragraph); a section without heading after the first
 * continues the previous one's paragraphs.
 */
final class BodyBlocks {

    private BodyBlocks() {
    }

    static void appendSections(List<String> out, Article a) {
        Dateline dateline = a.dateline();
        String pending = dateline == null || dateline.text().isEmpty() ? null : dateline.text();
        for (Section section : a.sections()) {
            if (section.heading() != null) {
                out.add(heading(section.heading()));
            }
            for (String p : section.paragraphs()) {
                if (pending != null) {
                    out.add(withDateline(pending, p));
                    pending = null;
                } else {
                    paragraph(out, p);
                }
            }
        }
        if (pending != null) {
            out.add(withDateline(pending, ""));
        }
    }

    static void paragraph(List<String> out, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(MarkdownText.paragraph(text));
        }
    }

    static String heading(String text) {
        String content = MarkdownText.heading(text);
        return content.isEmpty() ? "##" : "## " + content;
    }

    /**
     * {@code **dateline** paragraph}. Bold needs delimiters next to non-space characters; a dateline
     * that starts or ends with a space is written plain instead.
     */
    static String withDateline(String dateline, String paragraph) {
        String rest = paragraph.isEmpty() ? "" : " " + paragraph;
        if (!canBold(dateline)) {
            return MarkdownText.paragraph(dateline + rest);
        }
        String bold = "**" + MarkdownText.escape(dateline, false, false, false) + "**";
        return rest.isEmpty() ? bold : bold + MarkdownText.escape(rest, false, true, false);
    }

    private static boolean canBold(String s) {
        return !isSpace(s.charAt(0)) && !isSpace(s.charAt(s.length() - 1));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
