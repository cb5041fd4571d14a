package io.broadsheet.cli;

import io.broadsheet.runtime.convert.OutputDestination;
import java.io.PrintWriter;

/**
 * On Ctrl-C or SIGTERM during a run, removes what the run staged (an output being committed is
 * finished first, so none is left half in place) and says what stayed written. SIGKILL cannot be
 * caught: its staging folder is swept by the next run into the same folder.
 */
final class InterruptGuard implements AutoCloseable {

    private final Thread hook;
    private volatile boolean finished;

    private InterruptGuard(OutputDestination folder, ProgressDisplay progress, PrintWriter err) {
        this.hook = new Thread(() -> {
            if (finished) {
                return;
            }
            String written = folder.interrupt();
            progress.close();
            err.println();
            err.println("interrupted: " + written);
            err.flush();
        }, "broadsheet-interrupt");
    }

    static InterruptGuard install(OutputDestination folder, ProgressDisplay progress, PrintWriter err) {
        InterruptGuard guard = new InterruptGuard(folder, progress, err);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Every output is committed or failed: an interruption now has nothing left to undo. */
    void runFinished() {
        finished = true;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs (or ran) and says what happened.
        }
    }
}
