package org.storyline.cli;

/**
 * The exit codes of every storyline command, and their one-line descriptions for the help footer
 * (picocli's {@code exitCodeList} format: {@code code:description}).
 */
public final class ExitCodes {

    /** Every input was read and briefed. */
    public static final int OK = 0;
    /** An unexpected error stopped the run; one line on stderr says why. */
    public static final int ERROR = 1;
    /** Some inputs could not be processed; the output is still written, the problems go to stderr. */
    public static final int INPUT_PROBLEMS = 2;
    /** The command line was wrong: unknown option, bad value, missing or nonexistent path. */
    public static final int USAGE = 64;

    /** Help line for {@link #OK}. */
    static final String OK_HELP = " 0:all inputs were briefed";
    /** Help line for {@link #OK} of {@code storyline extract}. */
    static final String EXTRACT_OK_HELP = " 0:all pages were extracted";
    /** Help line for {@link #ERROR}. */
    static final String ERROR_HELP = " 1:unexpected error (--verbose prints the stack trace)";
    /** Help line for {@link #INPUT_PROBLEMS}. */
    static final String INPUT_PROBLEMS_HELP =
            " 2:some inputs failed (missing, unreadable, malformed): the output is still written, each problem is a line on stderr";
    /** Help line for {@link #USAGE}. */
    static final String USAGE_HELP = "64:usage error (unknown option, bad value, no PATH given)";
    /** Heading of the exit code list in the help. */
    static final String HEADING = "%nExit codes:%n";

    private ExitCodes() {
    }
}
