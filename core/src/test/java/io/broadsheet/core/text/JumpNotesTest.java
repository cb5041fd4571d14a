package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JumpNotesTest {

    @ParameterizedTest
    @CsvSource({"3,（下转第三版）", "12,（下转第十二版）"})
    void writesTheNotesNewspapersPrint(int page, String expected) {
        assertThat(JumpNotes.continuedTo(page)).isEqualTo(expected);
        assertThat(JumpNotes.continuedFrom(page)).isEqualTo(expected.replace("下转", "上接"));
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(JumpNotes.isContinuedTo(JumpNotes.continuedTo(12), 12)).isTrue();
        assertThat(JumpNotes.isContinuedFrom(JumpNotes.continuedFrom(1), 1)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"（下转第3版）,3", "(下转第３版),3", " （下转第十二版） ,12", "（下转第一百零五版）,105"})
    void readsNotesInEitherScriptAndBracket(String note, int page) {
        assertThat(JumpNotes.isContinuedTo(note, page)).isTrue();
        assertThat(JumpNotes.isContinuedFrom(note, page)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"（下转第三版）,4", "见（下转第三版）,3", "（下转第三版）。,3", "（下转第版）,3"})
    void readsOnlyAWholeNoteForThatPage(String note, int page) {
        assertThat(JumpNotes.isContinuedTo(note, page)).isFalse();
    }
}
