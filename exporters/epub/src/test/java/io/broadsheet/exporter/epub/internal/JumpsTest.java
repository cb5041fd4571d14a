package io.broadsheet.exporter.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.SourceRef;
import org.junit.jupiter.api.Test;

class JumpsTest {

    private final Jumps jumps = new Jumps();

    private static Article part(String date, int page, Integer from, Integer to) {
        return Article.builder().id(date + "-" + page).kind(ArticleKind.FRAGMENT).source(SourceRef.of("p.txt"))
                .edition(new Edition("云泽日报", date, page)).continuedFrom(from).continuedTo(to).build();
    }

    private String forward(Article a, ContentDocument doc, String anchor) {
        jumps.enterEdition(a.edition());
        String placeholder = jumps.forward(a, doc, anchor, "植树");
        doc.markup().raw(placeholder);
        return placeholder;
    }

    @Test
    void linksBothPartsOfOneEdition() {
        ContentDocument first = new ContentDocument("a00001");
        ContentDocument second = new ContentDocument("a00002");
        forward(part("2023-03-14", 1, null, 3), first, "art-00001");
        assertThat(first.isSettled(jumps)).isFalse();

        Article next = part("2023-03-14", 3, 1, null);
        jumps.enterEdition(next.edition());
        Jumps.Back back = jumps.backward(next, second, "art-00002");

        assertThat(back.note()).isEqualTo("<a href=\"a00001.xhtml#art-00001\">（上接第一版）</a>");
        assertThat(back.continues()).isEqualTo("植树");
        assertThat(first.isSettled(jumps)).isTrue();
        assertThat(first.render(jumps)).isEqualTo("<a href=\"a00002.xhtml#art-00002\">（下转第三版）</a>");
    }

    @Test
    void aNewEditionEndsTheJumpsOfThePreviousOne() {
        ContentDocument first = new ContentDocument("a00001");
        forward(part("2023-03-14", 1, null, 3), first, "art-00001");

        Article elsewhere = part("2023-03-15", 3, 1, null);
        jumps.enterEdition(elsewhere.edition());
        Jumps.Back back = jumps.backward(elsewhere, new ContentDocument("a00002"), "art-00002");

        assertThat(back.note()).isEqualTo("（上接第一版）");
        assertThat(back.continues()).isNull();
        assertThat(first.render(jumps)).isEqualTo("（下转第三版）");
    }

    @Test
    void noMoreThanALimitedNumberOfNotesWait() {
        ContentDocument oldest = new ContentDocument("a00000");
        forward(part("2023-03-14", 1, null, 9), oldest, "art-00000");
        for (int i = 1; i < Jumps.MAX_WAITING; i++) {
            forward(part("2023-03-14", 1, null, 9), new ContentDocument("a" + i), "art-" + i);
        }
        assertThat(oldest.isSettled(jumps)).isFalse();

        forward(part("2023-03-14", 1, null, 9), new ContentDocument("a99999"), "art-99999");

        assertThat(oldest.isSettled(jumps)).isTrue();
        assertThat(oldest.render(jumps)).isEqualTo("（下转第九版）");
    }
}
