package io.broadsheet.cli;

import io.broadsheet.runtime.convert.ConversionListener;
import io.broadsheet.runtime.convert.RunReport;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for runs with many inputs; nothing when stderr is not a terminal or with
 * --quiet. The bar is finished when the run is (before the summary is printed), so that the summary
 * never lands on a stale bar and the bar never redraws after it.
 */
final class ProgressDisplay implements ConversionListener, AutoCloseable {

    private static final int MIN_INPUTS = 20;

    private final boolean enabled;
    private final PrintStream stream;
    private ProgressBar bar;

    ProgressDisplay(boolean enabled, PrintStream stream) {
        this.enabled = enabled;
        this.stream = stream;
    }

    static ProgressDisplay create(boolean quiet) {
        return new ProgressDisplay(!quiet && System.console() != null, System.err);
    }

    @Override
    public synchronized void started(int inputs) {
        if (enabled && inputs >= MIN_INPUTS) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Converting")
                    .setInitialMax(inputs)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(stream))
                    .setUnit(" inputs", 1)
                    .build();
        }
    }

    @Override
    public synchronized void inputDone(RunReport.InputResult result) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finished(RunReport report) {
        close();
    }

    /** Draws the bar a last time, ends its line and stops its refresh thread. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            stream.println();  // the bar redraws its line in place and leaves the cursor on it
            stream.flush();
            bar = null;
        }
    }
}
