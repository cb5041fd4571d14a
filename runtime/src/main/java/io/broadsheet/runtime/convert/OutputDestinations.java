package io.broadsheet.runtime.convert;

/** Opens the destination a plan names: standard output for {@code -o -}, else the output folder. */
public final class OutputDestinations {

    private OutputDestinations() {
    }

    public static OutputDestination open(ConversionPlan plan) {
        return plan.toStandardOutput() ? new StandardOutput(System.out) : OutputFolder.open(plan.outputDir());
    }
}
