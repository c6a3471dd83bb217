package org.storyline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.storyline.store.lucene.IngestStages;
import picocli.CommandLine;

/**
 * One run of the storyline command line in a test, with what it printed.
 *
 * @param exitCode the exit code
 * @param out      what went to stdout
 * @param err      what went to stderr
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code args} on the real command line with {@code briefer} in place of the pipeline. */
    static CommandRun execute(Briefer briefer, String... args) {
        return execute(StorylineCommand.commandLine(briefer), args);
    }

    /** Runs {@code args} on the real command line with {@code briefer} and the ingest {@code stages}. */
    static CommandRun execute(Briefer briefer, IngestStages stages, String... args) {
        return execute(StorylineCommand.commandLine(briefer, () -> stages), args);
    }

    private static CommandRun execute(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** The lines printed to stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
