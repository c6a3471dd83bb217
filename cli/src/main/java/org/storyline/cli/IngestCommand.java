package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.model.Problem;
import org.storyline.store.IngestReport;
import org.storyline.store.lucene.IngestStages;
import org.storyline.store.lucene.LuceneStoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline ingest PATH... [--store DIR] [--batch N]}: adds the articles under the paths to the store,
 * joining them to its stories; prints a line per commit and a summary, problems on stderr.
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Adds the news articles under each PATH to the store and files each into a story: an existing one "
                + "it belongs to, or a new one; two stories an article bridges are merged.",
            "Adding is idempotent: an article whose text or address is already stored is counted as a duplicate. "
                + "Articles are committed in batches; a line 'committed N articles: ID...' on stdout says a batch "
                + "is safe. An interrupted ingest can simply be run again.",
            "Inputs that cannot be processed are skipped and printed to stderr as 'storyline: PATH: STAGE: REASON'.",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {" 0:all inputs were stored (or already were)", ExitCodes.ERROR_HELP,
            " 2:some inputs failed: the others are stored, each problem is a line on stderr", ExitCodes.USAGE_HELP},
        footer = {"%nExamples:", "  storyline ingest examples/nato-2024-10",
            "  storyline ingest feeds/ archive.warc.gz --store /srv/news --batch 50"})
public final class IngestCommand implements Callable<Integer> {

    private final Supplier<IngestStages> stages;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "An article file (any format 'storyline brief' reads) or a directory of them.")
    private List<Path> paths;

    @Mixin
    private StoreOption store;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + LuceneStoreWriter.DEFAULT_BATCH,
            description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    private int batch;

    /**
     * An ingest command.
     *
     * @param stages the pipeline stages, asked for only when articles are actually added
     */
    public IngestCommand(Supplier<IngestStages> stages) {
        this.stages = Objects.requireNonNull(stages, "stages");
    }

    /**
     * Adds the articles, then reports.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_PROBLEMS} when some inputs failed
     */
    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1, was " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store.dir();
        List<Problem> problems = new ArrayList<>();
        IngestReport report;
        double seconds;
        int total;
        try (LuceneStoreWriter writer = LuceneStoreWriter.open(dir, stages.get(), batch);
             IngestProgress progress = new IngestProgress(out, err, IngestProgress.terminalOrNull())) {
            Ingested ingested = new Ingester().ingest(List.copyOf(paths));
            problems.addAll(ingested.problems());
            ingested.skipped().forEach((reason, count) -> err.println("storyline: skipped " + count + " × " + reason));
            total = ingested.articles().size();
            report = writer.add(ingested.articles(), progress);
            seconds = progress.seconds();
        }
        problems.addAll(report.problems());
        problems.forEach(problem -> err.println(StderrLines.problem(problem)));
        err.flush();
        out.printf("added %d of %d articles (%d duplicates) to %s: %d stories created, %d updated; %d problems; "
                        + "%.1f s, %.1f articles/s%n", report.added(), total, report.duplicates(), dir,
                report.storiesCreated(), report.storiesUpdated(), problems.size(), seconds,
                total / Math.max(seconds, 1e-3));
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
