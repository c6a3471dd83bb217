package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.storyline.model.Report;
import org.storyline.render.Format;
import org.storyline.render.MarkdownRenderer;
import org.storyline.render.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline brief PATH... [--format markdown|json|html] [--output FILE]}: briefs the articles under the
 * paths and writes the result to stdout or a file; every failed input is also a line on stderr.
 */
@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes a brief per story found in the news articles under each PATH.",
            "The articles are cleaned and grouped into stories; each brief gives the story's headline, "
                + "people, organisations and places, quotes with their speakers, facts, a summary in which every "
                + "sentence cites the articles that report it, and what single outlets alone report.",
            "Inputs that cannot be processed are skipped: the others are still briefed, and each failure is "
                + "printed to stderr as 'storyline: PATH: STAGE: REASON'.",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.ERROR_HELP, ExitCodes.INPUT_PROBLEMS_HELP, ExitCodes.USAGE_HELP},
        footer = {"%nExamples:",
            "  storyline brief examples/nato-2024-10",
            "  storyline brief article1.txt article2.txt --format json --output brief.json",
            "  storyline brief examples/nato-2024-10 --format html > brief.html"})
public final class BriefCommand implements Callable<Integer> {

    private final Briefer briefer;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "An article file, or a directory of article files; absolute or relative to the "
                + "current directory. Several paths are briefed together.")
    private List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            converter = FormatConverter.class,
            description = "Output format: markdown (the default; also md), json, or html (one self-contained page "
                + "that needs no network: select a citation marker to see the cited passage of the source).")
    private Format format;

    @Option(names = "--cues",
            description = "In Markdown, follow each quote with the words of each article that name its speaker "
                + "(\"he said\", \"according to X\"). JSON and HTML always carry them.")
    private boolean cues;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the brief to FILE (UTF-8, replaced if it exists) instead of stdout.")
    private Path output;

    /**
     * A brief command that runs {@code briefer}.
     *
     * @param briefer what turns the input paths into a report
     */
    public BriefCommand(Briefer briefer) {
        this.briefer = Objects.requireNonNull(briefer, "briefer");
    }

    /**
     * Briefs the paths, writes the rendered report, and reports the problems.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_PROBLEMS} if some inputs failed
     */
    @Override
    public Integer call() {
        checkOutput();
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        try (BriefProgress progress = new BriefProgress(err, IngestProgress.terminalOrNull())) {
            report = briefer.brief(List.copyOf(paths), progress);
        }
        ReportRenderer renderer = format == Format.MARKDOWN ? new MarkdownRenderer(cues) : format.renderer();
        write(renderer.render(report));
        report.problems().forEach(problem -> err.println(StderrLines.problem(problem)));
        report.skipped().forEach((reason, count) -> err.println("storyline: skipped " + count + " × " + reason));
        err.flush();
        return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    /** Fails fast, before the slow pipeline starts, on an output that cannot be written. Missing inputs are problems of the run, reported with the others. */
    private void checkOutput() {
        if (output != null) {
            Path directory = output.toAbsolutePath().getParent();
            if (Files.isDirectory(output) || directory == null || !Files.isDirectory(directory)) {
                throw new ParameterException(spec.commandLine(), "Cannot write --output " + output + ": "
                        + (Files.isDirectory(output) ? "it is a directory" : "no directory " + directory));
            }
        }
    }

    private void write(String text) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
            out.flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e, e);
        }
    }
}
