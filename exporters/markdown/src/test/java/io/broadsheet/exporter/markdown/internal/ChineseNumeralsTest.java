package io.broadsheet.exporter.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"3,（下转第三版）", "12,（下转第十二版）"})
    void jumpNotes(int page, String expected) {
        assertThat(JumpNotes.continuedTo(page)).isEqualTo(expected);
        assertThat(JumpNotes.continuedFrom(page)).isEqualTo(expected.replace("下转", "上接"));
    }
}
