package org.storyline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into exit code {@link ExitCodes#ERROR} and one line on stderr;
 * the stack trace follows only when {@code --verbose} was given (to the top command or a subcommand).
 */
public final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

    /** The name of the option that asks for stack traces. */
    static final String VERBOSE = "--verbose";

    /**
     * Reports {@code error} on the command's stderr.
     *
     * @param error       the exception thrown by the command
     * @param commandLine the command that threw it
     * @param parseResult the parsed command line, from the top command down
     * @return {@link ExitCodes#ERROR}
     */
    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(StderrLines.error(error));
        if (verbose(parseResult)) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    /** Whether {@code --verbose} was matched by any command on the path to the one that ran. */
    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
