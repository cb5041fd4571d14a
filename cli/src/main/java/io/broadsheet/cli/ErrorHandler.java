package io.broadsheet.cli;

import io.broadsheet.core.error.BroadsheetException;
import io.broadsheet.core.error.OptionsException;
import io.broadsheet.core.error.PluginException;
import io.broadsheet.core.error.UnsupportedFormatException;
import io.broadsheet.runtime.convert.OutputLocationException;
import io.broadsheet.runtime.convert.PlainMessages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into a message and an exit code: configuration, plugin and
 * output-location problems (nothing converted) exit 2, anything else 1. Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int CONFIG_ERROR = 2;
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        var err = cli.getErr();
        if (e instanceof OptionsException options) {
            err.println("broadsheet: configuration error" + (options.violations().size() > 1 ? "s:" : ":"));
            options.violations().forEach(v -> err.println("  " + v));
        } else if (e instanceof BroadsheetException) {
            err.println("broadsheet: " + e.getMessage());
        } else {
            err.println("broadsheet: unexpected error: " + PlainMessages.of(e) + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        boolean config = e instanceof OptionsException || e instanceof PluginException
                || e instanceof UnsupportedFormatException || e instanceof OutputLocationException;
        return config ? CONFIG_ERROR : FAILURE;
    }
}
