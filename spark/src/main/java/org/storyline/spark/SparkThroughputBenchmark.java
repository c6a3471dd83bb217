package org.storyline.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Times the Spark job on one machine: runs it in {@code local[N]} (default {@code local[2]}) on the given
 * inputs, writing into a new temporary folder, and prints articles per second and the wall time of each stage
 * (ingest+clean, annotate, cluster, brief, write). See {@code docs/spark.md} for comparing it with the
 * single-process command line.
 *
 * <p>Usage: {@code SparkThroughputBenchmark FILE[,FILE...] [MASTER]}.
 */
public final class SparkThroughputBenchmark {

    private SparkThroughputBenchmark() {
    }

    /** Runs the benchmark; see the class description for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SparkThroughputBenchmark FILE[,FILE...] [MASTER, default local[2]]");
            System.exit(StorylineSparkJob.USAGE);
        }
        String master = args.length == 2 ? args[1] : "local[2]";
        Path output = Files.createTempDirectory("storyline-spark-bench-").resolve("out");
        SparkSession spark = SparkSession.builder().master(master).appName("storyline-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        long started = System.nanoTime();
        JobResult result = new SparkPipeline(spark).run(JobOptions.of(List.of(args[0].split(",")), output.toString()));
        double seconds = (System.nanoTime() - started) / 1e9;
        spark.stop();
        System.out.printf("master %s: %d articles, %d stories, %d problems in %.1f s: %.2f articles/s%n", master,
                result.articles(), result.stories(), result.problems(), seconds, result.articles() / seconds);
        result.stageMillis().forEach((stage, ms) -> System.out.printf("  %-13s %8.1f s%n", stage, ms / 1000.0));
        System.out.println("output: " + output);
    }
}
