package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.text.JumpNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article inside an edition or archive file, where there is no front matter per article: column
 * and kicker above a {@code # title}, then subtitles, byline and the body. A photo's byline is printed
 * only when it differs from its credit.
 */
final class ReadingBody {

    private ReadingBody() {
    }

    static List<String> blocks(Article a) {
        List<String> out = new ArrayList<>();
        BodyBlocks.paragraph(out, a.column());
        BodyBlocks.paragraph(out, a.kicker());
        if (a.title() != null && !a.title().isEmpty()) {
            out.add("# " + MarkdownText.heading(a.title()));
        }
        a.subtitles().forEach(s -> BodyBlocks.paragraph(out, s));
        boolean photo = a.kind() == ArticleKind.PHOTO;
        if (!photo) {
            BodyBlocks.paragraph(out, a.byline());
        }
        if (a.continuedFrom() != null) {
            out.add(MarkdownText.paragraph(JumpNotes.continuedFrom(a.continuedFrom())));
        }
        if (photo) {
            BodyBlocks.paragraph(out, a.caption());
            BodyBlocks.paragraph(out, a.credit());
            if (!Objects.equals(a.byline(), a.credit())) {
                BodyBlocks.paragraph(out, a.byline());
            }
        }
        BodyBlocks.appendSections(out, a);
        if (a.continuedTo() != null) {
            out.add(MarkdownText.paragraph(JumpNotes.continuedTo(a.continuedTo())));
        }
        return out;
    }
}
