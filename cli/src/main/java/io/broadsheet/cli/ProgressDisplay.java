package io.broadsheet.cli;

import io.broadsheet.runtime.convert.ConversionListener;
import io.broadsheet.runtime.convert.RunReport;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr for runs with many inputs; nothing when stderr is not a terminal or with --quiet. */
final class ProgressDisplay implements ConversionListener, AutoCloseable {

    private static final int MIN_INPUTS = 20;

    private final boolean enabled;
    private ProgressBar bar;

    private ProgressDisplay(boolean enabled) {
        this.enabled = enabled;
    }

    static ProgressDisplay create(boolean quiet) {
        return new ProgressDisplay(!quiet && System.console() != null);
    }

    @Override
    public void started(int inputs) {
        if (enabled && inputs >= MIN_INPUTS) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Converting")
                    .setInitialMax(inputs)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUnit(" inputs", 1)
                    .build();
        }
    }

    @Override
    public void inputDone(RunReport.InputResult result) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
