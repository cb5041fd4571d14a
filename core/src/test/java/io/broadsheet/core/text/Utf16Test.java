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
    void theResultSurvivesAUtf8RoundTrip() {
        String cleaned = Utf16.replaceLoneSurrogates("标题\uD83D与\uDE00尾");
        assertThat(new String(cleaned.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(cleaned);
    }
}
