package io.broadsheet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.OptionsException;
import io.broadsheet.runtime.config.ConfigSource;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.RunSettings;
import io.broadsheet.runtime.convert.ConversionPlan;
import io.broadsheet.runtime.convert.Planner;
import io.broadsheet.runtime.plugin.PluginLoader;
import io.broadsheet.runtime.plugin.PluginRegistry;
import io.broadsheet.runtime.testplugin.LinesExporterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigBindingTest {

    private static final PluginRegistry REGISTRY = PluginLoader.load(List.of());

    @TempDir
    Path tmp;

    private ConversionPlan plan(ConfigSource source) {
        Located located = source.located();
        List<String> errors = new ArrayList<>();
        RunSettings settings = ConfigSource.settings(located, errors);
        return Planner.plan(settings, located, REGISTRY, errors);
    }

    private ConfigSource yaml(String text) throws Exception {
        Path file = tmp.resolve("run.yaml");
        Files.writeString(file, text);
        return ConfigSource.fromFile(file);
    }

    @Test
    void bindsOptionsOverDefaultsAndResolvesPathsAgainstTheConfigFolder() throws Exception {
        ConversionPlan plan = plan(yaml("""
                inputs: [pages]
                output: out
                outputs:
                  - type: lines
                    output: upper.txt
                    letterCase: UPPER
                    frame: {open: "<"}
                """));

        var options = (LinesExporterOptions) plan.outputs().get(0).options();
        assertThat(options.letterCase()).isEqualTo(LinesExporterOptions.Case.UPPER);
        assertThat(options.repeat()).isEqualTo(1);
        assertThat(options.frame()).isEqualTo(new LinesExporterOptions.Frame("<", ""));
        assertThat(plan.outputs().get(0).name()).isEqualTo("upper.txt");
        assertThat(plan.inputs()).containsExactly(tmp.resolve("pages"));
        assertThat(plan.outputDir()).isEqualTo(tmp.resolve("out"));
    }

    @Test
    void enumNamesAreCaseInsensitive() throws Exception {
        ConversionPlan plan = plan(yaml("inputs: [a]\noutput: o\noutputs: [{type: lines, letterCase: upper}]\n"));

        assertThat(((LinesExporterOptions) plan.outputs().get(0).options()).letterCase())
                .isEqualTo(LinesExporterOptions.Case.UPPER);
    }

    @Test
    void reportsEveryViolationAtOnceWithFileLineAndAllowedKeys() throws Exception {
        ConfigSource source = yaml("""
                inputs: [pages]
                output: out
                colour: blue
                edition:
                  date: 22-11-2022
                outputs:
                  - type: lines
                    repeat: 0
                    letterCase: shouting
                    frame: {open: "<<<<"}
                    prefixes: notalist
                    size: 3
                  - type: nosuch
                parsers:
                  lines:
                    strict: true
                """);

        assertThatThrownBy(() -> plan(source))
                .isInstanceOfSatisfying(OptionsException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        tmp.resolve("run.yaml") + ":3: unknown key 'colour' in the run config; allowed keys: inputs, output, from, plugins, edition, parsers, outputs",
                        tmp.resolve("run.yaml") + ":4: invalid edition: edition.date must be yyyy-MM-dd, not '22-11-2022'",
                        tmp.resolve("run.yaml") + ":16: unknown key 'strict' in parsers.lines; allowed keys: (none: this plugin has no options)",
                        tmp.resolve("run.yaml") + ":9: outputs.lines.letterCase expects a name, got 'shouting' (one of: keep, upper)",
                        tmp.resolve("run.yaml") + ":10: invalid outputs.lines.frame: frame.open must be at most 3 characters",
                        tmp.resolve("run.yaml") + ":11: outputs.lines.prefixes expects a list of text, got 'notalist'",
                        tmp.resolve("run.yaml") + ":12: unknown key 'size' in outputs.lines; allowed keys: failOn, letterCase, repeat, prefixes, frame",
                        // A validation message naming a key points at that key's line.
                        tmp.resolve("run.yaml") + ":8: invalid outputs.lines: repeat must be 1 or more, not 0",
                        tmp.resolve("run.yaml") + ":13: no exporter named 'nosuch'; known: lines"));
    }

    /** Options of a plugin may be dates, times and durations, written as ISO-8601 text. */
    record TimedOptions(java.time.LocalDate since, java.time.Duration timeout, java.time.Instant updated) {
    }

    @Test
    void datesTimesAndDurationsBindFromIsoText() throws Exception {
        TimedOptions defaults = new TimedOptions(java.time.LocalDate.of(2026, 1, 1), java.time.Duration.ofSeconds(30),
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        var config = io.broadsheet.runtime.config.YamlReader.read(new java.io.StringReader(
                "since: 2022-11-10\ntimeout: PT2M\nupdated: not-a-time\n"), "t.yaml");
        java.util.List<String> errors = new java.util.ArrayList<>();

        TimedOptions bound = io.broadsheet.runtime.config.OptionsBinder.bind(TimedOptions.class, defaults, config.tree(),
                config, "", "outputs.timed", errors);

        assertThat(errors).singleElement().asString().startsWith("t.yaml:3: outputs.timed.updated expects");
        // The keys in error keep their defaults; the valid ones bind.
        assertThat(bound).isEqualTo(new TimedOptions(java.time.LocalDate.of(2022, 11, 10), java.time.Duration.ofMinutes(2),
                defaults.updated()));
        errors.clear();
        var good = io.broadsheet.runtime.config.YamlReader.read(new java.io.StringReader("since: 2022-11-10\ntimeout: PT2M\n"), "t.yaml");
        assertThat(io.broadsheet.runtime.config.OptionsBinder.bind(TimedOptions.class, defaults, good.tree(), good, "",
                "outputs.timed", errors)).isEqualTo(new TimedOptions(java.time.LocalDate.of(2022, 11, 10),
                java.time.Duration.ofMinutes(2), defaults.updated()));
        assertThat(errors).isEmpty();
    }

    @Test
    void wrongScalarTypesAreNotCoerced() throws Exception {
        ConfigSource source = yaml("inputs: [a]\noutput: o\noutputs: [{type: lines, repeat: \"3\"}]\n");

        assertThatThrownBy(() -> plan(source)).isInstanceOf(OptionsException.class)
                .hasMessageContaining(":3: outputs.lines.repeat expects a whole number, got '3'");
    }

    @Test
    void invalidYamlNamesTheLine() throws Exception {
        assertThatThrownBy(() -> yaml("inputs: [a\noutput: o\n: :\n"))
                .isInstanceOf(OptionsException.class)
                .hasMessageContaining("run.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void duplicateKeysAreAnError() throws Exception {
        assertThatThrownBy(() -> yaml("inputs: [a]\noutput: o\noutput: p\n"))
                .isInstanceOf(OptionsException.class)
                .hasMessageContaining("run.yaml:3: key 'output' appears twice");
    }

    @Test
    void commandLineFlagsAndSetOverrideTheFileAndAreNamedInErrors() throws Exception {
        ConfigSource source = yaml("inputs: [a]\noutput: o\noutputs: [{type: lines, letterCase: upper}]\n")
                .output(tmp.resolve("elsewhere").toString())
                .to(List.of("lines"))
                .set("outputs.lines.repeat=2");

        ConversionPlan plan = plan(source);

        var options = (LinesExporterOptions) plan.outputs().get(0).options();
        assertThat(options.repeat()).isEqualTo(2);
        assertThat(options.letterCase()).isEqualTo(LinesExporterOptions.Case.UPPER);
        assertThat(plan.outputDir()).isEqualTo(tmp.resolve("elsewhere"));
        assertThatThrownBy(() -> plan(ConfigSource.empty().inputs(List.of("a")).output("o").to(List.of("lines"))
                .set("outputs.lines.repeat=many")))
                .hasMessageContaining("--set outputs.lines.repeat=many: outputs.lines.repeat expects a whole number");
    }

    @Test
    void twoOutputsWritingOneNameAreRefused() {
        ConfigSource source = ConfigSource.empty().inputs(List.of("a")).output("o")
                .set("outputs.0.type=lines").set("outputs.1.type=lines");

        assertThatThrownBy(() -> plan(source)).hasMessageContaining("two outputs write 'titles.txt'");
    }
}
