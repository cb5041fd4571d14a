package io.broadsheet.cli;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.ArticleSink;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.convert.ConversionPlan;
import io.broadsheet.runtime.convert.FormatDetector;
import io.broadsheet.runtime.plugin.Loaded;
import io.broadsheet.runtime.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code broadsheet inspect FILE}: how one input is read: the parser's decision for each block (when
 * the parser explains itself), then the articles as a tree with their source lines.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows how one input is parsed: each block with its class and the rule that decided it, then the articles found.")
final class InspectCommand implements Callable<Integer> {

    private static final int EXCERPT = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The input file.")
    Path file;

    @Option(names = {"-f", "--from"}, paramLabel = "FORMAT", description = "Parser to use. Default: auto.")
    String from;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML config whose parser options apply.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = {"Set a config key, e.g.", "  parsers.text.joinParagraphs=false"})
    List<String> sets = new ArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR", description = "Plugin directory, repeatable.")
    List<String> pluginDirs = new ArrayList<>();

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the page as SVG, blocks numbered in reading order (page formats such as pdf).")
    Path svg;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new io.broadsheet.core.error.UnsupportedFormatException(file + ": no such file");
        }
        ConfigSource source = config != null ? ConfigSource.fromFile(config) : ConfigSource.empty();
        source.inputs(List.of(file.toString())).from(from).output(".").to(List.of("json")).pluginDirs(pluginDirs);
        sets.forEach(source::set);
        var located = source.located();
        RunSupport.Planned planned = RunSupport.plan(located, spec.commandLine().getErr());
        PluginRegistry registry = planned.registry();
        ConversionPlan plan = planned.plan();
        SourceInput input = SourceInput.ofFile(file, file.getFileName().toString());
        Loaded<Parser<?>> parser = plan.parser() != null ? plan.parser() : new FormatDetector(registry).detect(input);
        ParseSession session = open(parser.plugin(), plan.parserOptions().get(parser.name()));
        out.println("== " + input.path() + " (parser: " + parser.name() + ")");
        StringBuilder explained = new StringBuilder();
        session.explain(input, explained);
        if (!explained.isEmpty()) {
            out.println("-- blocks: line, class, rule, text");
            out.print(explained);
            if (explained.charAt(explained.length() - 1) != '\n') {
                out.println();
            }
        }
        if (svg != null) {
            drawPage(session, input, parser.name(), out);
        }
        out.println("-- articles");
        TreePrinter printer = new TreePrinter(out);
        session.parse(input, printer);
        session.finish(printer);
        out.flush();
        return 0;
    }

    private void drawPage(ParseSession session, SourceInput input, String parserName, PrintWriter out) throws java.io.IOException {
        StringBuilder drawing = new StringBuilder();
        if (!session.draw(input, drawing)) {
            throw new io.broadsheet.core.error.UnsupportedFormatException(input.path() + ": the " + parserName
                    + " parser has no page to draw; --svg needs a page format such as pdf");
        }
        Files.writeString(svg, drawing, java.nio.charset.StandardCharsets.UTF_8);
        out.println("-- page drawn: " + svg);
    }

    private static <O extends Record> ParseSession open(Parser<O> parser, Record options) {
        return parser.open(parser.optionsType().cast(options));
    }

    /** Prints each article as an indented tree. */
    private static final class TreePrinter implements ArticleSink {
        private final PrintWriter out;
        private int count;

        TreePrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(Article a) {
            count++;
            out.printf("[%d] %s, lines %d-%d, id %s%n", count, a.kind().label(), a.source().startLine(),
                    a.source().endLine(), a.id());
            field("column", a.column());
            field("kicker", a.kicker());
            field("title", a.title());
            a.subtitles().forEach(s -> field("subtitle", s));
            field("byline", a.byline());
            if (!a.authors().isEmpty()) {
                field("authors", String.join(", ", a.authors()));
            }
            if (a.dateline() != null) {
                field("dateline", a.dateline().text());
            }
            field("caption", a.caption());
            field("credit", a.credit());
            field("continued from page", a.continuedFrom() == null ? null : a.continuedFrom().toString());
            for (Section s : a.sections()) {
                out.printf("    section %s: %d paragraph(s)%n", s.heading() == null ? "(lead)" : "«" + s.heading() + "»",
                        s.paragraphs().size());
                for (String p : s.paragraphs()) {
                    out.printf("      ¶ %s%n", excerpt(p));
                }
            }
            field("continued to page", a.continuedTo() == null ? null : a.continuedTo().toString());
        }

        private void field(String name, String value) {
            if (value != null) {
                out.printf("    %s: %s%n", name, value);
            }
        }

        private static String excerpt(String p) {
            return p.codePointCount(0, p.length()) <= EXCERPT ? p
                    : p.substring(0, p.offsetByCodePoints(0, EXCERPT)) + "… (" + p.length() + " chars)";
        }

        @Override
        public void warn(String source, int line, String message) {
            out.printf("    warning: %s:%d: %s%n", source, line, message);
        }
    }
}
