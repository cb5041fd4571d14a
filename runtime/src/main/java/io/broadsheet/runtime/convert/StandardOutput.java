package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.OutputTarget;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Standard output as the destination of one single-file output ({@code -o -}). Nothing is staged: the
 * bytes stream as they are written, so a run that fails midway has already printed its start; the
 * exit code says so. A second file (a format writing a folder) is refused.
 */
public final class StandardOutput implements OutputDestination {

    private final OutputStream stdout;
    private boolean opened;

    public StandardOutput(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public synchronized OutputTarget open(String name) {
        if (opened) {
            throw new IllegalStateException("standard output takes one output only");
        }
        opened = true;
        return new OutputTarget() {
            private boolean created;

            @Override
            public String name() {
                return name;
            }

            @Override
            public OutputStream create(String relativePath) throws IOException {
                if (created || !relativePath.equals(name)) {
                    throw new IOException("this format writes several files; it cannot go to standard output");
                }
                created = true;
                // The exporter closes what it created; standard output stays open for the summary's exit.
                return new FilterOutputStream(stdout) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            }
        };
    }

    @Override
    public List<Path> commit(OutputTarget target) throws IOException {
        stdout.flush();
        return List.of(Path.of("-"));
    }

    @Override
    public void discard(OutputTarget target) {
        // What was printed is printed; the run's exit code tells the reader not to trust it.
    }

    @Override
    public String interrupt() {
        return "standard output may hold a partial result";
    }

    @Override
    public void close() {
        try {
            stdout.flush();
        } catch (IOException e) {
            // A closed pipe: nothing left to tell the reader.
        }
    }
}
