package org.storyline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a wrong command line into exit code {@link ExitCodes#USAGE}: the message on one line, a
 * "did you mean" for mistyped options or commands, and where to find help, instead of the whole
 * usage text that would bury the message.
 */
public final class UsageErrorHandler implements IParameterExceptionHandler {

    /**
     * Reports {@code error} on the stderr of the command it concerns.
     *
     * @param error the parse or validation error, naming the bad option, value or path
     * @param args  the command line arguments
     * @return {@link ExitCodes#USAGE}
     */
    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(StderrLines.usage(error.getMessage()));
        UnmatchedArgumentException.printSuggestions(error, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
