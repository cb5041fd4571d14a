package io.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** {@code broadsheet} as a real child process (the test class path, a fresh JVM), for signals and concurrency. */
final class ChildRun {

    private final Process process;
    private final Path err;

    private ChildRun(Process process, Path err) {
        this.process = process;
        this.err = err;
    }

    static ChildRun start(Path logDir, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(logDir, "stderr-", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        return new ChildRun(process, err);
    }

    /** Waits until the run has begun writing: a staging folder exists in {@code out}. False if it ended first. */
    boolean awaitStaging(Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> list = Files.list(out)) {
                    if (list.anyMatch(p -> p.getFileName().toString().startsWith(".broadsheet-staging-"))) {
                        return true;
                    }
                } catch (IOException e) {
                    // The folder changes under us: look again.
                }
            }
            Thread.sleep(5);
        }
        return false;
    }

    void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    void killHard() {
        process.destroyForcibly();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child run did not end within 120 s");
        }
        return process.exitValue();
    }

    String stderr() throws Exception {
        exitCode();
        return Files.readString(err);
    }
}
