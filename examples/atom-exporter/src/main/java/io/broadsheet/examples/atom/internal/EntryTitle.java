package io.broadsheet.examples.atom.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.text.Utf16;
import java.util.List;

/**
 * The atom:title of an entry, which RFC 4287 requires. An article's own title is written exactly as it
 * is; only when it has none (possible in JSON or CSV input) is one made from its first paragraph. A
 * photo is titled by its caption, else its credit.
 */
final class EntryTitle {

    static final int MADE_UP_LENGTH = 60;

    private EntryTitle() {
    }

    static String of(Article a) {
        if (a.kind() == ArticleKind.PHOTO) {
            return firstWithText(List.of(nullToEmpty(a.caption()), nullToEmpty(a.credit())), "Photo");
        }
        if (XmlChars.hasText(a.title())) {
            return a.title();
        }
        return firstWithText(a.paragraphs(), "(untitled)");
    }

    private static String firstWithText(List<String> candidates, String otherwise) {
        for (String candidate : candidates) {
            if (XmlChars.hasText(candidate)) {
                return cut(XmlChars.clean(candidate).strip());
            }
        }
        return otherwise;
    }

    /** At most {@link #MADE_UP_LENGTH} code points, with an ellipsis when cut; never splits a surrogate pair. */
    static String cut(String s) {
        return Utf16.truncate(s, MADE_UP_LENGTH);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
