package io.broadsheet.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no summary, no progress bar.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of unexpected errors.")
    boolean verbose;
}
