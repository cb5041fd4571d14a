package io.broadsheet.parser.pdf.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.LimitExceededException;
import org.junit.jupiter.api.Test;

/** The time limit the content-stream engines check at every operator. */
class DeadlineTest {

    @Test
    void passesInTimeAndStopsAfterIt() throws Exception {
        Deadline deadline = new Deadline("slow.pdf", 1);
        assertThatCode(deadline::check).doesNotThrowAnyException();
        Thread.sleep(1100);
        assertThatThrownBy(deadline::check).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("slow.pdf").hasMessageContaining("maxSecondsPerFile");
    }
}
