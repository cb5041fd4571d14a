package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.runtime.convert.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void theBarIsFinishedWhenTheRunIsSoTheSummaryNeverMeetsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay display = new ProgressDisplay(true, stream);

        display.started(25);
        for (int i = 0; i < 25; i++) {
            display.inputDone(new RunReport.InputResult("p" + i, "text", 1, List.of(), null));
        }
        display.finished(new RunReport());
        String atSummary = bytes.toString(StandardCharsets.UTF_8);
        Thread.sleep(400);  // longer than the bar's refresh interval: a live bar would redraw meanwhile

        assertThat(atSummary).contains("25/25").endsWith(System.lineSeparator());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(atSummary);
        display.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(atSummary);
    }
}
