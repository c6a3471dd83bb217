package org.storyline.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.store.lucene.IngestStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code storyline}: holds the subcommands, {@code --help}, {@code --version} and
 * {@code --verbose}, and the exit code conventions of {@link ExitCodes}.
 */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Multi-source news story engine: reads news articles, groups them into stories and writes "
                + "a brief per story in which every sentence cites the articles it comes from.",
            ""},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.ERROR_HELP, ExitCodes.INPUT_PROBLEMS_HELP, ExitCodes.USAGE_HELP},
        footer = {"%nRun 'storyline COMMAND --help' for what a command does and its options.",
            "Example: storyline brief examples/nato-2024-10"})
public final class StorylineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = UnexpectedErrorHandler.VERBOSE, scope = ScopeType.INHERIT,
            description = "On an unexpected error, print the stack trace after the one-line message.")
    private boolean verbose;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command line arguments, e.g. {@code brief examples/nato-2024-10 --format json}
     */
    public static void main(String[] args) {
        System.exit(commandLine(Briefer.pipeline()).execute(args));
    }

    /**
     * The fully configured command line: subcommands, usage and unexpected error handling, and UTF-8 output on
     * stdout and stderr whatever the platform's default charset.
     *
     * @param briefer what {@code storyline brief} runs on its paths
     * @return a command line ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine commandLine(Briefer briefer) {
        return commandLine(briefer, IngestStages::defaults);
    }

    /**
     * The fully configured command line, with {@code stages} for {@code storyline ingest}.
     *
     * @param briefer what {@code storyline brief} runs on its paths
     * @param stages  the pipeline stages {@code storyline ingest} runs, asked for only when it adds articles
     * @return a command line ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine commandLine(Briefer briefer, Supplier<IngestStages> stages) {
        CommandLine commandLine = new CommandLine(new StorylineCommand())
                .addSubcommand(new BriefCommand(briefer))
                .addSubcommand(new ExtractCommand())
                .addSubcommand(new CheckSupportCommand())
                .addSubcommand(new IngestCommand(stages))
                .addSubcommand(new StoriesCommand())
                .addSubcommand(new ShowCommand())
                .addSubcommand(new SearchCommand())
                .addSubcommand(new ServeCommand(new LuceneStoreOpener(stages)))
                .addSubcommand(new HelpCommand());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new UnexpectedErrorHandler());
        commandLine.setOut(utf8(System.out));
        commandLine.setErr(utf8(System.err));
        return commandLine;
    }

    /**
     * A UTF-8 writer on {@code stream}, flushed at every line.
     *
     * @param stream the byte stream, e.g. {@link System#out}
     * @return a writer that encodes as UTF-8
     */
    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Without a command there is nothing to do: a usage error that shows the commands. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: try 'storyline brief PATH...' (or 'storyline --help')");
    }
}
