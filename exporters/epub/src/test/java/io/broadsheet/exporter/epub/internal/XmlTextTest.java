package io.broadsheet.exporter.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001bd\u0085e")).isEqualTo("abcde");
        assertThat(XmlText.clean("lone \ud800 high, lone \udc00 low")).isEqualTo("lone  high, lone  low");
        assertThat(XmlText.clean("\uFFFE\uFFFF\uFDD0x")).isEqualTo("x");
        assertThat(XmlText.clean("😀 𠀋 \uFEFF\u2028")).isEqualTo("😀 𠀋 \uFEFF\u2028");
        assertThat(XmlText.clean("a\r\nb\rc\td")).isEqualTo("a\nb\nc\td");
        assertThat(XmlText.clean(null)).isNull();
    }

    @Test
    void escapesMarkupInTextAndAttributes() {
        StringBuilder text = new StringBuilder();
        XmlText.appendText(text, "<script>a & \"b\"</script> ]]>");
        assertThat(text).hasToString("&lt;script&gt;a &amp; \"b\"&lt;/script&gt; ]]&gt;");

        StringBuilder attribute = new StringBuilder();
        XmlText.appendAttribute(attribute, "a\"b'<&>\tc\nd");
        assertThat(attribute).hasToString("a&quot;b'&lt;&amp;&gt;&#9;c&#10;d");
    }

    @Test
    void collapsesWhiteSpaceForLabels() {
        assertThat(XmlText.collapse("  云泽\n\t日报\u3000 \u0001")).isEqualTo("云泽 日报");
        assertThat(XmlText.collapse(null)).isEmpty();
    }
}
