package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.BroadsheetException;
import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.OutputTarget;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan: each input, in order, through its parser; each article, as soon as it is read, to every
 * output. A failing input is reported and the next one converts; a failing output is reported,
 * its staged files discarded, and the other outputs complete. Outputs are committed (each swapped
 * into place whole) only at the end, and only when some input converted: a run that read nothing
 * leaves the previous run's files exactly as they were. Errors of any kind (out of memory, a
 * missing class, a plugin's bug) are caught per input and per output, never ending the run. With
 * more than one thread ({@link ThreadSetting}) each output works on a thread of its own
 * ({@link OutputWorker}), taking the articles in the same order, so the files are the same.
 */
public final class Conversion {

    private final PluginRegistry registry;
    private final ConversionPlan plan;
    private final ConversionListener listener;
    private final OutputDestination destination;

    public Conversion(PluginRegistry registry, ConversionPlan plan, ConversionListener listener) {
        this(registry, plan, listener, null);
    }

    /**
     * @param destination where the outputs go, already opened (an output folder: checked and locked)
     *                    by the caller; null: opened here from the plan
     */
    public Conversion(PluginRegistry registry, ConversionPlan plan, ConversionListener listener, OutputDestination destination) {
        this.registry = registry;
        this.plan = plan;
        this.listener = listener;
        this.destination = destination;
    }

    public RunReport run() {
        if (destination != null) {
            return run(destination);
        }
        try (OutputDestination own = OutputDestinations.open(plan)) {
            return run(own);
        }
    }

    private RunReport run(OutputDestination outputs) {
        RunReport report = new RunReport();
        List<ActiveOutput> active = List.of();
        Map<String, ParseSession> sessions = new LinkedHashMap<>();
        FormatDetector detector = new FormatDetector(registry);
        try (InputSet inputs = InputWalker.walk(plan.inputs())) {
            listener.started(inputs.inputs().size() + inputs.errors().size());
            for (String error : inputs.errors()) {
                RunReport.InputResult result = new RunReport.InputResult(error, null, 0, List.of(), error);
                report.add(result);
                listener.inputDone(result);
            }
            if (!inputs.inputs().isEmpty()) {
                active = openOutputs(outputs, report);
            }
            FanOut fanOut = new FanOut(active, plan, report);
            for (SourceInput input : inputs.inputs()) {
                RunReport.InputResult result = convert(input, detector, sessions, fanOut);
                report.add(result);
                listener.inputDone(result);
            }
            for (Map.Entry<String, ParseSession> s : sessions.entrySet()) {
                fanOut.startInput("(end of run)");
                try {
                    s.getValue().finish(fanOut);
                } catch (IOException | RuntimeException | Error e) {
                    report.error("parser '" + s.getKey() + "' failed at the end of the run: " + describe(e, report));
                }
            }
        } catch (IOException e) {
            report.error("closing inputs: " + PlainMessages.of(e));
        }
        if (report.convertedInputs() == 0) {
            active.forEach(ActiveOutput::discard);
            report.error((report.inputs().isEmpty() ? "no inputs found" : "no input could be converted")
                    + "; nothing written, earlier outputs left as they were");
        } else {
            for (ActiveOutput output : active) {
                report.add(output.complete());
            }
        }
        listener.finished(report);
        return report;
    }

    private RunReport.InputResult convert(SourceInput input, FormatDetector detector,
            Map<String, ParseSession> sessions, FanOut fanOut) {
        fanOut.startInput(input.path());
        String parserName = null;
        try {
            Loaded<Parser<?>> parser = plan.parser() != null ? plan.parser() : detector.detect(input);
            parserName = parser.name();
            ParseSession session = sessions.computeIfAbsent(parser.name(),
                    name -> open(parser.plugin(), plan.parserOptions().get(name)));
            session.parse(input, fanOut);
            return fanOut.result(parserName, null);
        } catch (InputException e) {
            return fanOut.result(parserName, e.getMessage());
        } catch (BroadsheetException e) {
            return fanOut.result(parserName, input.path() + ": " + e.getMessage());
        } catch (IOException e) {
            return fanOut.result(parserName, input.path() + ": cannot read: " + PlainMessages.reason(e));
        } catch (RuntimeException | Error e) {
            // A parser bug must not stop the run, but it must be visible: name the parser and the error.
            return fanOut.result(parserName, input.path() + ": parser '" + parserName + "' failed: "
                    + describe(e, fanOut.report));
        }
    }

    static <O extends Record> ParseSession open(Parser<O> parser, Record options) {
        return parser.open(parser.optionsType().cast(options));
    }

    private List<ActiveOutput> openOutputs(OutputDestination destination, RunReport report) {
        List<ActiveOutput> outputs = new ArrayList<>();
        for (ConversionPlan.PlannedOutput planned : plan.outputs()) {
            OutputTarget target = destination.open(planned.name());
            WarningTarget warned = new WarningTarget(target);
            try {
                ActiveOutput output = new ActiveOutput(planned, destination, target, warned,
                        open(planned.exporter().plugin(), planned.options(), warned), report);
                if (plan.threads() > 1) {
                    output.runOnOwnThread();
                }
                outputs.add(output);
            } catch (IOException | RuntimeException | Error e) {
                destination.discard(target);
                report.add(new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(),
                        "could not start: " + describe(e, report)));
            }
        }
        return outputs;
    }

    private static <O extends Record> ExportSession open(Exporter<O> exporter, Record options, OutputTarget target)
            throws IOException {
        return exporter.open(exporter.optionsType().cast(options), target);
    }

    /** A plain message for the operator; the error itself is kept in the report for --verbose. */
    static String describe(Throwable e, RunReport report) {
        report.cause(e);
        return PlainMessages.of(e);
    }


    /** Sends each article to every output still working, and counts what one input produced. */
    private static final class FanOut implements ArticleSink {
        private final List<ActiveOutput> outputs;
        private final ConversionPlan plan;
        private final RunReport report;
        private String currentPath;
        private int articles;
        private List<String> warnings = new ArrayList<>();

        FanOut(List<ActiveOutput> outputs, ConversionPlan plan, RunReport report) {
            this.outputs = outputs;
            this.plan = plan;
            this.report = report;
        }

        void startInput(String path) {
            currentPath = path;
            articles = 0;
            warnings = new ArrayList<>();
        }

        RunReport.InputResult result(String parser, String error) {
            return new RunReport.InputResult(currentPath, parser, articles, List.copyOf(warnings), error);
        }

        @Override
        public void accept(Article article) {
            // What the config states explicitly beats what a parser found or guessed (a path pattern).
            Article withEdition = plan.editionDefaults().isUnknown() ? article
                    : article.toBuilder().edition(plan.editionDefaults().orElse(article.edition())).build();
            articles++;
            report.reviews().accept(article);
            for (ActiveOutput output : outputs) {
                output.accept(withEdition);
            }
        }

        @Override
        public void warn(String source, int line, String message) {
            warnings.add(line > 0 ? source + ":" + line + ": " + message : source + ": " + message);
        }
    }

    /** One output during the run; after its first failure it takes no more articles. */
    private static final class ActiveOutput {
        private final ConversionPlan.PlannedOutput planned;
        private final OutputDestination destination;
        private final OutputTarget target;
        private final WarningTarget warned;
        private final ExportSession session;
        private final RunReport report;
        private OutputWorker worker;
        private String error;

        ActiveOutput(ConversionPlan.PlannedOutput planned, OutputDestination destination, OutputTarget target,
                WarningTarget warned, ExportSession session, RunReport report) {
            this.planned = planned;
            this.destination = destination;
            this.warned = warned;
            this.target = target;
            this.session = session;
            this.report = report;
        }

        void runOnOwnThread() {
            worker = new OutputWorker(planned.name(), this::deliver);
        }

        void accept(Article article) {
            if (worker != null) {
                worker.submit(article);
            } else {
                deliver(article);
            }
        }

        private void deliver(Article article) {
            if (error != null) {
                return;
            }
            try {
                session.accept(article);
            } catch (IOException | RuntimeException | Error e) {
                error = "failed on article " + article.id() + " (" + article.source().path() + "): " + describe(e, report);
            }
        }

        /** Closes the session and drops what it staged: the earlier output stays. */
        void discard() {
            try {
                if (worker != null) {
                    worker.finish(); // the session is closed only when no article is still on its way to it
                }
                session.close();
            } catch (IOException | RuntimeException | Error e) {
                // Nothing of this output is kept, so a failure to close it changes nothing.
            }
            destination.discard(target);
        }

        RunReport.OutputResult complete() {
            if (worker != null) {
                worker.finish();
            }
            if (error == null) {
                try {
                    session.finish();
                } catch (IOException | RuntimeException | Error e) {
                    error = "failed while finishing: " + describe(e, report);
                }
            }
            try {
                session.close();
            } catch (IOException | RuntimeException | Error e) {
                error = error != null ? error : "failed while closing: " + describe(e, report);
            }
            if (error != null) {
                destination.discard(target);
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(), error);
            }
            try {
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), destination.commit(target), null,
                        warned.warnings());
            } catch (IOException | RuntimeException e) {
                destination.discard(target);
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(),
                        "could not move it into place: " + PlainMessages.of(e));
            }
        }
    }
}
