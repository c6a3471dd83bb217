package org.storyline.cli;

import java.io.UncheckedIOException;
import org.storyline.model.Problem;

/**
 * Formats what storyline says on stderr: one line per message, always starting with {@code storyline: },
 * so that scripts can grep it and a person can read it.
 */
final class StderrLines {

    private static final String PREFIX = "storyline: ";

    private StderrLines() {
    }

    /**
     * A failed input, as {@code storyline: PATH: STAGE: REASON}.
     *
     * @param problem the problem from the report
     * @return the line, without a line break
     */
    static String problem(Problem problem) {
        return PREFIX + oneLine(problem.path()) + ": " + oneLine(problem.stage()) + ": " + oneLine(problem.reason());
    }

    /**
     * A usage error, as {@code storyline: MESSAGE}.
     *
     * @param message what is wrong with the command line, naming the bad option, value or path
     * @return the line, without a line break
     */
    static String usage(String message) {
        return PREFIX + oneLine(message);
    }

    /**
     * An unexpected error, as {@code storyline: MESSAGE (ExceptionType)}; I/O errors, whose message
     * already says which file, omit the type.
     *
     * @param error the error that stopped the command
     * @return the line, without a line break
     */
    static String error(Throwable error) {
        String type = error.getClass().getSimpleName();
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return PREFIX + type;
        }
        return PREFIX + oneLine(message) + (error instanceof UncheckedIOException ? "" : " (" + type + ")");
    }

    /** Joins the lines of {@code text} with spaces, so that one message stays one line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
