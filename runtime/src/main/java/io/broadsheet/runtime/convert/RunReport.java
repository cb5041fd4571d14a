package io.broadsheet.runtime.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a run did: per input its parser, articles, warnings and error; per output its files or error. */
public final class RunReport {

    /** @param error null when the input converted */
    public record InputResult(String path, String parser, int articles, List<String> warnings, String error) {
    }

    /**
     * @param error    null when the output was written
     * @param warnings what its exporter reported while writing it, each naming the article when there is one
     */
    public record OutputResult(String format, String name, List<Path> files, String error, List<String> warnings) {

        public OutputResult {
            warnings = List.copyOf(warnings);
        }

        /** An output without warnings. */
        public OutputResult(String format, String name, List<Path> files, String error) {
            this(format, name, files, error, List.of());
        }
    }

    private final List<InputResult> inputs = new ArrayList<>();
    private final List<OutputResult> outputs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();
    private final ReviewTally reviews = new ReviewTally();

    void add(InputResult result) {
        inputs.add(result);
    }

    void add(OutputResult result) {
        outputs.add(result);
    }

    void error(String message) {
        errors.add(message);
    }

    /** Keeps an unexpected error behind a reported message, for {@code --verbose}. */
    synchronized void cause(Throwable e) {
        if (!(e instanceof io.broadsheet.core.error.BroadsheetException)) {
            causes.add(e);
        }
    }

    /** The unexpected errors behind reported messages, in the order met: what {@code --verbose} prints. */
    public synchronized List<Throwable> causes() {
        return List.copyOf(causes);
    }

    /** Articles the parsers read with low confidence ({@code metadata.review}). */
    public ReviewTally reviews() {
        return reviews;
    }

    public List<InputResult> inputs() {
        return inputs;
    }

    public List<OutputResult> outputs() {
        return outputs;
    }

    /** Errors that belong to no single input or output (e.g. a parser failing at the end of the run). */
    public List<String> errors() {
        return errors;
    }

    public int articles() {
        return inputs.stream().mapToInt(InputResult::articles).sum();
    }

    public long failedInputs() {
        return inputs.stream().filter(i -> i.error() != null).count();
    }

    /** Inputs read without error (whether or not they held articles). */
    public long convertedInputs() {
        return inputs.stream().filter(i -> i.error() == null).count();
    }

    public long failedOutputs() {
        return outputs.stream().filter(o -> o.error() != null).count();
    }

    public boolean ok() {
        return failedInputs() == 0 && failedOutputs() == 0 && errors.isEmpty();
    }

    /** 0 when everything converted, 1 when some input or output failed (the rest was still written). */
    public int exitCode() {
        return ok() ? 0 : 1;
    }

    /** Warnings and errors, one per line, then a one-line summary. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (InputResult i : inputs) {
            for (String w : i.warnings()) {
                out.append("warning: ").append(w).append('\n');
            }
            if (i.error() != null) {
                out.append("error: ").append(i.error()).append('\n');
            }
        }
        for (OutputResult o : outputs) {
            for (String w : o.warnings()) {
                out.append("warning: output ").append(o.format()).append(" (").append(o.name()).append("): ")
                        .append(w).append('\n');
            }
            if (o.error() != null) {
                out.append("error: output ").append(o.format()).append(" (").append(o.name()).append("): ")
                        .append(o.error()).append('\n');
            }
        }
        for (String e : errors) {
            out.append("error: ").append(e).append('\n');
        }
        long warnings = inputs.stream().mapToLong(i -> i.warnings().size()).sum()
                + outputs.stream().mapToLong(o -> o.warnings().size()).sum();
        out.append(String.format("%d input(s), %d failed; %d article(s); %d warning(s); %d output(s), %d failed",
                inputs.size(), failedInputs(), articles(), warnings, outputs.size(), failedOutputs()));
        if (reviews.count() > 0) {
            out.append('\n').append(reviews.describe(reviews.seen()));
        }
        return out.toString();
    }
}
