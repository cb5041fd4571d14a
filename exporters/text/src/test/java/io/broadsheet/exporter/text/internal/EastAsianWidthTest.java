package io.broadsheet.exporter.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EastAsianWidthTest {

    @ParameterizedTest(name = "{0} takes {1}")
    @CsvSource(delimiter = '|', value = {
        "中|2", "𠀋|2", "a|1", "1|1", "，|2", "。|2", "（|2", "'　'|2", "あ|2", "ア|2", "ｱ|1", "가|2", "Ａ|2", "＄|2",
        "😀|2", "“|1", "…|1", "—|1", "é|1", "e\u0301|1", "\u200B|0", "ü|1", "Я|1", "〇|2", "㐀|2", "豈|2", "ㄅ|2"
    })
    void columns(String text, int columns) {
        assertThat(EastAsianWidth.columns(text)).isEqualTo(columns);
    }

    @ParameterizedTest
    @CsvSource({"0x4E00,true", "0x9FFF,true", "0x3400,true", "0x2FFFD,true", "0x3000,true", "0x303F,false",
        "0x1100,true", "0x1160,false", "0xFF61,false", "0xFFE6,true", "0xFFE7,false", "0x0041,false",
        "0x10FFFF,false", "0x0000,false"})
    void rangeEdges(String hex, boolean wide) {
        assertThat(EastAsianWidth.isWide(Integer.decode(hex))).isEqualTo(wide);
    }
}
