package io.broadsheet.testkit;

import io.broadsheet.core.spi.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a parser over an input in a child JVM with a small heap ({@value #HEAP}), so a test can show that
 * a hostile input is refused within bounded memory rather than merely refused eventually. The child is
 * {@link SmallHeapParse}; see it for what {@link Result#output()} holds.
 */
public final class SmallHeap {

    public static final String HEAP = "256m";
    private static final long TIMEOUT_SECONDS = 120;

    private SmallHeap() {
    }

    /** What the child printed (stdout and stderr together) and its exit code (0 when it finished). */
    public record Result(int exitCode, String output) {
    }

    /** Parses {@code input} (a file, a directory or a zip, walked as the runtime does) with the parser's defaults. */
    public static Result parse(Class<? extends Parser<?>> parser, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                SmallHeapParse.class.getName(), parser.getName(), input.toString()))
                .redirectErrorStream(true)
                .start();
        byte[] out = child.getInputStream().readAllBytes();
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            return new Result(-1, "timed out after " + TIMEOUT_SECONDS + " s\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
