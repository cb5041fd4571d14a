package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "1,一", "3,三", "9,九", "10,十", "11,十一", "19,十九", "20,二十", "24,二十四", "100,一百", "101,一百零一",
        "110,一百一十", "999,九百九十九", "1001,一千零一", "1005,一千零五", "1010,一千零一十", "2000,二千",
        "9999,九千九百九十九", "0,0", "-2,-2", "10000,10000"
    })
    void pagesAsNewspapersPrintThem(int page, String expected) {
        assertThat(ChineseNumerals.of(page)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"3,3", "３,3", "１２,12", "三,3", "十二,12", "二十,20", "一百零五,105", "一百一十,110", "两,2", "〇,0",
        "123456,123456"})
    void readsPagesInEitherScript(String text, int expected) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "三a", "第三", "千"})
    void saysWhenTextIsNotANumber(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 9, 10, 12, 20, 24, 99, 101, 110, 999})
    void readsBackWhatItWrites(int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.of(n))).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({"三,3", "十,10", "十二,12", "二十,20", "一十二,12", "两,2", "九十九,99", "二十零,20", "二二,", "三百,", "〇,",
        "十十,", "一二三四,", "a,"})
    void readsSmallNumeralsStrictly(String text, Integer expected) {
        assertThat(ChineseNumerals.parseBelowHundred(text)).isEqualTo(expected);
    }
}
