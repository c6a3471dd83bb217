package org.storyline.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storyline.cluster.StoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point for {@code spark-submit --class org.storyline.spark.StorylineSparkJob}: reads the inputs,
 * runs the pipeline and writes stories, briefs and problems under the output folder. Exit code 0 when every
 * input was briefed, 2 when some failed (the output is still written; see {@code problems.jsonl}), 64 for a
 * usage error, 1 for an unexpected error.
 */
@Command(name = "storyline-spark", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = StorylineSparkJob.USAGE,
        description = "Runs the storyline pipeline as a Spark job over JSONL, WARC, HTML, text or feed files.")
public final class StorylineSparkJob implements Callable<Integer> {

    /** Some inputs failed; the output is still written. */
    public static final int INPUT_PROBLEMS = 2;
    /** The command line was wrong: unknown option, bad value, output folder not empty. */
    public static final int USAGE = 64;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATH",
            description = "Files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:, ...); comma-separated.")
    private List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The output folder; must not exist yet, or be empty.")
    private String output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "jsonl,parquet",
            converter = FormatConverter.class, description = "jsonl, parquet or both (default: ${DEFAULT-VALUE}).")
    private List<OutputFormat> formats;

    @Option(names = "--threshold", paramLabel = "SIMILARITY", description = "Clustering threshold (default 0.3).")
    private double threshold = StoryClusterer.DEFAULT_THRESHOLD;

    @Option(names = "--neighbours", paramLabel = "K", description = "Clustering neighbourhood (default 7).")
    private int neighbours = StoryClusterer.DEFAULT_NEIGHBOURS;

    private StorylineSparkJob() {
    }

    /** Runs the job in the session {@code spark-submit} configures and exits with the job's code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the job with {@code args} and returns its exit code, leaving the Spark session open. */
    public static int execute(String... args) {
        return new CommandLine(new StorylineSparkJob()).execute(args);
    }

    @Override
    public Integer call() {
        JobOptions options;
        SparkSession spark;
        try {
            Set<OutputFormat> chosen = EnumSet.copyOf(formats);
            options = new JobOptions(inputs, output, chosen, threshold, neighbours);
            new StoryClusterer(threshold, neighbours);
            spark = SparkSession.builder().appName("storyline").getOrCreate();
            new OutputWriter(spark, output, chosen).checkFree();
        } catch (IllegalArgumentException e) {
            System.err.println("storyline-spark: " + e.getMessage());
            return USAGE;
        }
        JobResult result = new SparkPipeline(spark).run(options);
        System.out.printf("storyline-spark: %d articles read, %d clustered, %d stories, %d problems%n",
                result.articles(), result.clustered(), result.stories(), result.problems());
        result.stageMillis().forEach((stage, ms) -> System.out.printf("  %-13s %8d ms%n", stage, ms));
        return result.problems() > 0 ? INPUT_PROBLEMS : 0;
    }

    /** Reads one output format name. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.parse(value);
        }
    }
}
