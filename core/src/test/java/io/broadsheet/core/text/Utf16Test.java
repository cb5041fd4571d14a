package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf16Test {

    @Test
    void textWithoutLoneSurrogatesIsReturnedAsItIs() {
        String text = "江城𠀋日报 abc";
        assertThat(Utf16.replaceLoneSurrogates(text)).isSameAs(text);
    }

    @Test
    void loneHalvesBecomeTheReplacementCharacterAndPairsStay() {
        assertThat(Utf16.replaceLoneSurrogates("a\uD840b")).isEqualTo("a\uFFFDb");
        assertThat(Utf16.replaceLoneSurrogates("\uDC0B𠀋")).isEqualTo("\uFFFD𠀋");
        assertThat(Utf16.replaceLoneSurrogates("𠀋\uD840")).isEqualTo("𠀋\uFFFD");
        assertThat(Utf16.replaceLoneSurrogates("\uDC0B\uD840")).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void aCutKeepsAtMostTheGivenCodePointsWithTheEllipsisAmongThem() {
        assertThat(Utf16.truncate("江城日报", 4)).isEqualTo("江城日报");
        assertThat(Utf16.truncate("江城日报社", 4)).isEqualTo("江城日…");
        assertThat(Utf16.truncate("", 1)).isEmpty();
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String cut = Utf16.truncate("😀".repeat(80), 60);

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(60);
        assertThat(cut).isEqualTo("😀".repeat(59) + "…");
    }

    @Test
    void theResultSurvivesAUtf8RoundTrip() {
        String cleaned = Utf16.replaceLoneSurrogates("标题\uD83D与\uDE00尾");
        assertThat(new String(cleaned.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(cleaned);
    }
}
