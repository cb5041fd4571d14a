package io.broadsheet.cli;

import io.broadsheet.runtime.config.ConfigSource;
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

/** {@code broadsheet convert}: inputs in, one or more formats out, from flags and an optional config file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts inputs (files, directories, zip files) into one or more formats.",
                "Every flag has a YAML key (shown in brackets); flags win over the config file."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories or zip files [inputs]; - reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--from"}, paramLabel = "FORMAT",
            description = "Parser for every input, or 'auto' to choose per file by extension and content [from]. Default: auto.")
    String from;

    @Option(names = {"-t", "--to"}, paramLabel = "FORMATS", split = ",", hideParamSyntax = true,
            description = "Output format(s), comma-separated [outputs[].type].")
    List<String> to = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder [output]; or one file (book.epub: its extension names the format when --to is absent);"
                    + " or - for standard output (one single-file format).")
    String output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML run configuration.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Set any config key, e.g.", "  parsers.text.joinParagraphs=false", "  outputs.csv.bom=false"})
    List<String> sets = new ArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR",
            description = {"Plugin directory, repeatable [plugins.dirs].", "Default: ./plugins when it exists."})
    List<String> pluginDirs = new ArrayList<>();

    @Override
    public Integer call() {
        ConfigSource source = config != null ? ConfigSource.fromFile(config) : ConfigSource.empty();
        source.inputs(inputs).from(from).to(to).output(output).pluginDirs(pluginDirs);
        sets.forEach(source::set);
        return RunSupport.convert(source.located(), common, spec.commandLine().getErr());
    }
}
