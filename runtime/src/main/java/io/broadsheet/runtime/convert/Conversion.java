package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.BroadsheetException;
import io.broadsheet.core.error.InputException;
import io.broadsheet.core.io.StagedOutput;
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
 * its staged files discarded, and the other outputs complete. Outputs are committed (moved into
 * place) only at the end, so a previous run's files are never left half-overwritten.
 */
public final class Conversion {

    private final PluginRegistry registry;
    private final ConversionPlan plan;
    private final ConversionListener listener;

    public Conversion(PluginRegistry registry, ConversionPlan plan, ConversionListener listener) {
        this.registry = registry;
        this.plan = plan;
        this.listener = listener;
    }

    public RunReport run() {
        RunReport report = new RunReport();
        List<ActiveOutput> outputs = openOutputs(report);
        Map<String, ParseSession> sessions = new LinkedHashMap<>();
        FormatDetector detector = new FormatDetector(registry);
        try (InputSet inputs = InputWalker.walk(plan.inputs())) {
            listener.started(inputs.inputs().size() + inputs.errors().size());
            for (String error : inputs.errors()) {
                RunReport.InputResult result = new RunReport.InputResult(error, null, 0, List.of(), error);
                report.add(result);
                listener.inputDone(result);
            }
            FanOut fanOut = new FanOut(outputs, plan);
            for (SourceInput input : inputs.inputs()) {
                RunReport.InputResult result = convert(input, detector, sessions, fanOut);
                report.add(result);
                listener.inputDone(result);
            }
            for (Map.Entry<String, ParseSession> s : sessions.entrySet()) {
                fanOut.startInput("(end of run)");
                try {
                    s.getValue().finish(fanOut);
                } catch (IOException | RuntimeException e) {
                    report.error("parser '" + s.getKey() + "' failed at the end of the run: " + describe(e));
                }
            }
        } catch (IOException e) {
            report.error("closing inputs: " + e.getMessage());
        }
        for (ActiveOutput output : outputs) {
            report.add(output.complete());
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
            return fanOut.result(parserName, input.path() + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must not stop the run, but it must be visible: name the parser and the error.
            return fanOut.result(parserName, input.path() + ": parser '" + parserName + "' failed: " + describe(e));
        }
    }

    static <O extends Record> ParseSession open(Parser<O> parser, Record options) {
        return parser.open(parser.optionsType().cast(options));
    }

    private List<ActiveOutput> openOutputs(RunReport report) {
        List<ActiveOutput> outputs = new ArrayList<>();
        for (ConversionPlan.PlannedOutput planned : plan.outputs()) {
            StagedOutput staged = new StagedOutput(plan.outputDir(), planned.name());
            WarningTarget target = new WarningTarget(staged);
            try {
                outputs.add(new ActiveOutput(planned, staged, target,
                        open(planned.exporter().plugin(), planned.options(), target)));
            } catch (IOException | RuntimeException e) {
                staged.discard();
                report.add(new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(),
                        "could not start: " + describe(e)));
            }
        }
        return outputs;
    }

    private static <O extends Record> ExportSession open(Exporter<O> exporter, Record options, OutputTarget target)
            throws IOException {
        return exporter.open(exporter.optionsType().cast(options), target);
    }

    static String describe(Throwable e) {
        if (e instanceof BroadsheetException) {
            return e.getMessage();
        }
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** Sends each article to every output still working, and counts what one input produced. */
    private static final class FanOut implements ArticleSink {
        private final List<ActiveOutput> outputs;
        private final ConversionPlan plan;
        private String currentPath;
        private int articles;
        private List<String> warnings = new ArrayList<>();

        FanOut(List<ActiveOutput> outputs, ConversionPlan plan) {
            this.outputs = outputs;
            this.plan = plan;
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
        private final StagedOutput staged;
        private final WarningTarget target;
        private final ExportSession session;
        private String error;

        ActiveOutput(ConversionPlan.PlannedOutput planned, StagedOutput staged, WarningTarget target,
                ExportSession session) {
            this.planned = planned;
            this.staged = staged;
            this.target = target;
            this.session = session;
        }

        void accept(Article article) {
            if (error != null) {
                return;
            }
            try {
                session.accept(article);
            } catch (IOException | RuntimeException e) {
                error = "failed on article " + article.id() + " (" + article.source().path() + "): " + describe(e);
            }
        }

        RunReport.OutputResult complete() {
            if (error == null) {
                try {
                    session.finish();
                } catch (IOException | RuntimeException e) {
                    error = "failed while finishing: " + describe(e);
                }
            }
            try {
                session.close();
            } catch (IOException | RuntimeException e) {
                error = error != null ? error : "failed while closing: " + describe(e);
            }
            if (error != null) {
                staged.discard();
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(), error);
            }
            try {
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), staged.commit(), null,
                        target.warnings());
            } catch (IOException e) {
                staged.discard();
                return new RunReport.OutputResult(planned.exporter().name(), planned.name(), List.of(),
                        "could not move files into place: " + e.getMessage());
            }
        }
    }
}
