package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Where a run's outputs go: an {@link OutputFolder} (staged, then committed whole) or {@link StandardOutput}. */
public interface OutputDestination extends AutoCloseable {

    /** A target for one output, named as planned. */
    OutputTarget open(String name);

    /** Puts a finished output in place; returns where it now is. */
    List<Path> commit(OutputTarget target) throws IOException;

    /** Drops what a failed output wrote, as far as the destination can. */
    void discard(OutputTarget target);

    /** Stops the run's output on Ctrl-C or SIGTERM; says, for a person, what stayed written. */
    String interrupt();

    @Override
    void close();
}
