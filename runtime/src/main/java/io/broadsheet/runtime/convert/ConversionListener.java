package io.broadsheet.runtime.convert;

/** Follows a run, e.g. to draw a progress bar. */
public interface ConversionListener {

    ConversionListener NONE = new ConversionListener() { };

    default void started(int inputs) {
    }

    default void inputDone(RunReport.InputResult result) {
    }

    default void finished(RunReport report) {
    }
}
