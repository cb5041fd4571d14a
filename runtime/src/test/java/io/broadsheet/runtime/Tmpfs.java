package io.broadsheet.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small tmpfs mounted for a test (disk full, read-only); only root may mount, so others skip. */
final class Tmpfs implements AutoCloseable {

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "64k") on {@code dir}, or returns null when this user cannot. */
    static Tmpfs mount(Path dir, String size) {
        return command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()) ? new Tmpfs(dir) : null;
    }

    void remountReadOnly() {
        if (!command("mount", "-o", "remount,ro", dir.toString())) {
            throw new IllegalStateException("could not remount " + dir + " read-only");
        }
    }

    @Override
    public void close() {
        command("umount", dir.toString());
    }

    private static boolean command(String... args) {
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
