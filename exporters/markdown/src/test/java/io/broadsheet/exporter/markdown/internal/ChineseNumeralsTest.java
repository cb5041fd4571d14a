package io.broadsheet.exporter.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "1,一", "3,三", "9,九", "10,十", "11,十一", "19,十九", "20,二十", "24,二十四", "100,一百", "101,一百零一",
        "110,一百一十", "999,九百九十九", "1001,一千零一", "1010,一千零一十", "2000,二千", "9999,九千九百九十九",
        "0,0", "-2,-2", "10000,10000"
    })
    void pagesAsNewspapersPrintThem(int page, String expected) {
        assertThat(ChineseNumerals.of(page)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"3,（下转第三版）", "12,（下转第十二版）"})
    void jumpNotes(int page, String expected) {
        assertThat(JumpNotes.continuedTo(page)).isEqualTo(expected);
        assertThat(JumpNotes.continuedFrom(page)).isEqualTo(expected.replace("下转", "上接"));
    }
}
