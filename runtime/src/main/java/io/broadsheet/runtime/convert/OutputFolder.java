package io.broadsheet.runtime.convert;

import io.broadsheet.core.io.StagedOutput;
import io.broadsheet.core.io.Staging;
import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folder of one run. Opened before any input is read: it checks that the folder can be
 * written, takes its lock and sweeps the staging folders a killed run left. It hands out the staged
 * outputs and commits them one at a time, so that an interruption ({@link #interrupt()}, from a
 * shutdown hook) never cuts a commit in two: it waits for one in progress, then discards the rest.
 */
public final class OutputFolder implements OutputDestination {

    private final Path dir;
    private final boolean created;
    private final OutputLock lock;
    private final List<StagedOutput> staged = new ArrayList<>();
    private final List<String> committed = new ArrayList<>();
    private boolean interrupted;

    private OutputFolder(Path dir, boolean created, OutputLock lock) {
        this.dir = dir;
        this.created = created;
        this.lock = lock;
    }

    /** Checks, locks and sweeps {@code dir}, creating it when missing; a message for a person otherwise. */
    public static OutputFolder open(Path dir) {
        boolean created = !Files.exists(dir);
        OutputLocation.check(dir);
        OutputLock lock;
        try {
            lock = OutputLock.tryAcquire(dir);
        } catch (IOException e) {
            throw new OutputLocationException("cannot write to the output folder " + dir + ": " + PlainMessages.reason(e));
        }
        if (lock == null) {
            throw new OutputLocationException("another broadsheet run is writing to " + dir
                    + "; wait for it to finish (or remove " + dir.resolve(OutputLock.FILE_NAME) + " if none is running)");
        }
        try {
            Staging.sweep(dir);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new OutputLocationException("cannot remove an earlier run's staging folder in " + dir + ": " + PlainMessages.reason(e));
        }
        return new OutputFolder(dir, created, lock);
    }

    public Path dir() {
        return dir;
    }

    /** A new staged output; its files stay in a staging folder until {@link #commit}. */
    @Override
    public synchronized StagedOutput open(String name) {
        StagedOutput output = new StagedOutput(dir, name);
        staged.add(output);
        if (interrupted) {
            output.discard();
        }
        return output;
    }

    /** Puts one output in place, unless the run was interrupted (its staging is then already gone). */
    @Override
    public synchronized List<Path> commit(OutputTarget target) throws IOException {
        StagedOutput output = (StagedOutput) target;
        if (interrupted) {
            output.discard();
            throw new IOException("the run was interrupted before this output was written");
        }
        List<Path> written = output.commit();
        committed.add(output.name());
        return written;
    }

    @Override
    public void discard(OutputTarget target) {
        try {
            ((StagedOutput) target).discard();
        } catch (RuntimeException e) {
            // A staging folder that cannot be removed now is swept by the next run.
        }
    }

    /**
     * Stops the run's output: discards every staged output not yet committed and releases the
     * folder. Returns what stayed written, for the operator: "nothing written" or the outputs committed.
     */
    @Override
    public synchronized String interrupt() {
        interrupted = true;
        for (StagedOutput output : staged) {
            try {
                output.discard();
            } catch (RuntimeException e) {
                // Keep discarding the others: a staging folder left here is swept by the next run.
            }
        }
        closeQuietly(lock);
        return committed.isEmpty() ? "nothing written" : "written: " + String.join(", ", committed) + "; nothing else";
    }

    /** Releases the folder; one this run created and left empty (nothing converted) is removed again. */
    @Override
    public synchronized void close() {
        closeQuietly(lock);
        if (created) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // Not empty: this run wrote into it, so it stays.
            }
        }
    }

    private static void closeQuietly(OutputLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // The OS lock dies with the process anyway; a leftover lock file is reused by the next run.
        }
    }
}
