package io.broadsheet.exporter.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,一", "3,三", "10,十", "12,十二", "20,二十", "24,二十四", "100,一百", "101,一百零一", "110,一百一十",
        "1005,一千零五", "1010,一千零一十", "9999,九千九百九十九", "0,0", "10000,10000", "-2,-2"})
    void writesPageNumbersAsPrinted(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"3,第三版", "16,第十六版"})
    void namesPages(int n, String expected) {
        assertThat(ChineseNumerals.page(n)).isEqualTo(expected);
    }
}
