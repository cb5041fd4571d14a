package io.broadsheet.exporter.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void lineBreaksOfEveryKindSplitLinesAndBlankLinesGo() {
        assertThat(CleanText.lines("一\r\n二\r三\n\n\n四\u2028五\u2029六\u0085七")).containsExactly(
                "一", "二", "三", "四", "五", "六", "七");
    }

    @Test
    void controlCharactersGoTabsBecomeSpacesSurrogatesAreReplaced() {
        assertThat(CleanText.lines("\uFEFF  a\u0000\u0007b\tc\u001b \ud800d  ")).containsExactly("ab c \uFFFDd");
        assertThat(CleanText.lines(" \t\u0001 ")).isEmpty();
        assertThat(CleanText.lines(null)).isEmpty();
        assertThat(CleanText.lines("emoji 😀 𠀋")).containsExactly("emoji 😀 𠀋");
    }
}
