package io.broadsheet.examples.atom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void keepsCleanTextAsItIs() {
        String s = "江城日报 <b> & \"x\" 😀 𠀋\ttab\nline";

        assertThat(XmlChars.clean(s)).isSameAs(s);
    }

    @Test
    void dropsWhatXml10CannotCarry() {
        assertThat(XmlChars.clean("a\u0000b\u0001c\u001bd\u007fe\u0085f")).isEqualTo("abcdef");
        assertThat(XmlChars.clean("lone \ud800 high, lone \udc00 low, pair 😀")).isEqualTo("lone  high, lone  low, pair 😀");
        assertThat(XmlChars.clean("\uFFFE\uFFFF\uFDD0ok\uDBFF\uDFFF")).isEqualTo("ok");
        assertThat(XmlChars.clean("ends with a high surrogate \ud83d")).isEqualTo("ends with a high surrogate ");
    }

    @Test
    void normalisesLineBreaksToLineFeeds() {
        assertThat(XmlChars.clean("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void nullIsEmptyAndControlOnlyTextIsNotText() {
        assertThat(XmlChars.clean(null)).isEmpty();
        assertThat(XmlChars.hasText("\u0000\u0007 ")).isFalse();
        assertThat(XmlChars.hasText(" 标题 ")).isTrue();
    }
}
