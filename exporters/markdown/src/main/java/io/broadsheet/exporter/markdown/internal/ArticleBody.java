package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.text.JumpNotes;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a one-article file, as the shared convention fixes it: headline fields live in the front
 * matter; the body is the continued-from note, a photo's caption and credit, the sections, and the
 * continued-to note.
 */
final class ArticleBody {

    private ArticleBody() {
    }

    static List<String> blocks(Article a) {
        List<String> out = new ArrayList<>();
        if (a.continuedFrom() != null) {
            out.add(MarkdownText.paragraph(JumpNotes.continuedFrom(a.continuedFrom())));
        }
        if (a.kind() == ArticleKind.PHOTO) {
            BodyBlocks.paragraph(out, a.caption());
            BodyBlocks.paragraph(out, a.credit());
        }
        BodyBlocks.appendSections(out, a);
        if (a.continuedTo() != null) {
            out.add(MarkdownText.paragraph(JumpNotes.continuedTo(a.continuedTo())));
        }
        return out;
    }
}
