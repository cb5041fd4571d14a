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

/** {@code broadsheet run CONFIG.yaml}: a conversion described entirely by a config file. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the conversion a YAML config file describes (inputs, parsers, outputs, plugins, edition).")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The YAML run configuration.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a config key.")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        ConfigSource source = ConfigSource.fromFile(config);
        sets.forEach(source::set);
        return RunSupport.convert(source.located(), common, spec.commandLine().getErr());
    }
}
