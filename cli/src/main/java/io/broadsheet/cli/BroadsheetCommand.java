package io.broadsheet.cli;

import picocli.CommandLine.Command;

/** {@code broadsheet}: the top command; all work is done by its subcommands. */
@Command(name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns newspaper archives into structured articles and converts them between formats.",
        subcommands = {ConvertCommand.class, RunCommand.class, FormatsCommand.class, InspectCommand.class,
                picocli.CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything converted", "1:some inputs or outputs failed (the rest was converted)",
                "2:usage or configuration error (nothing was converted)"})
final class BroadsheetCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
