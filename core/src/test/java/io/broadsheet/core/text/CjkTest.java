package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CjkTest {

    @ParameterizedTest
    @ValueSource(strings = {"江", "𠀋", "の", "カ", "한", "。", "「", "，", "Ａ", "ｶ"})
    void cjkCharactersAndPunctuation(String c) {
        assertThat(Cjk.isCjk(c.codePointAt(0))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1", " ", ",", "—", "…", "“", "é", "Я"})
    void latinAndGeneralPunctuationAreNot(String c) {
        assertThat(Cjk.isCjk(c.codePointAt(0))).isFalse();
    }
}
