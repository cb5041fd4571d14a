package io.broadsheet.examples.atom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryTitleTest {

    private static Article.Builder base() {
        return Article.builder().id("0123456789abcdef").source(SourceRef.of("a.jsonl"));
    }

    @Test
    void anArticleKeepsItsOwnTitleExactly() {
        assertThat(EntryTitle.of(base().title(" 江城滨江绿道全线贯通 ").build())).isEqualTo(" 江城滨江绿道全线贯通 ");
    }

    @Test
    void anUntitledArticleIsNamedByItsFirstParagraphCutShort() {
        String longParagraph = "这".repeat(100);
        Article untitled = base().title("\u0000").addSection(Section.lead(List.of(" ", longParagraph))).build();

        String title = EntryTitle.of(untitled);

        assertThat(title).hasSize(EntryTitle.MADE_UP_LENGTH).endsWith("…").startsWith("这这");
        assertThat(EntryTitle.of(base().build())).isEqualTo("(untitled)");
    }

    @Test
    void aPhotoIsNamedByItsCaptionThenItsCredit() {
        assertThat(EntryTitle.of(base().kind(ArticleKind.PHOTO).caption("江畔植柳").credit("何春生 摄").build())).isEqualTo("江畔植柳");
        assertThat(EntryTitle.of(base().kind(ArticleKind.PHOTO).credit("何春生 摄").build())).isEqualTo("何春生 摄");
        assertThat(EntryTitle.of(base().kind(ArticleKind.PHOTO).build())).isEqualTo("Photo");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String s = "😀".repeat(80);

        String cut = EntryTitle.cut(s);

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(EntryTitle.MADE_UP_LENGTH);
        assertThat(cut.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }
}
