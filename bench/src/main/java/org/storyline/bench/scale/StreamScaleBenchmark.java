package org.storyline.bench.scale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.storyline.bench.clustering.AnnotationCache;
import org.storyline.bench.clustering.ClusteringBenchmark;
import org.storyline.bench.clustering.GoldEvents;
import org.storyline.cluster.StreamSettings;
import org.storyline.model.AnnotatedArticle;

/**
 * Feeds a {@link org.storyline.cluster.StoryStream} up to a million synthetic articles made from real ones, and
 * measures how its cost and memory grow with the stream. The real articles (a benchmark JSON Lines file with
 * gold events, and more inputs such as the example corpus) are annotated once (through the annotation cache) and
 * kept small; their copies in universes {@code 0, 1, 2, ...} (names renamed, days moved, see {@link RealArticle})
 * are made one at a time, in date order ({@link ArrivalOrder}). At each checkpoint it prints the articles per
 * second, the mean microseconds per article of the last segment (wall clock and CPU time), the heap in use after
 * a collection, the peak RSS and the stream's size, and draws all checkpoints so far ({@link CostPlot}), so that
 * a run cut short keeps its plot. The stories of the first articles ({@code --score}, default 10,000, kept small
 * so that following them barely shows in the heap) are scored against the gold events of their universe (BCubed
 * and pairwise), so that speed is not bought with bad stories. {@code --window} sets the stream's window in
 * arrivals ({@link StreamSettings#quietArrivals()}).
 * Usage: {@code StreamScaleBenchmark JSONL CACHE PLOT.png [--max N] [--score N] [--seed S] [--window N] [INPUT...]}.
 */
public final class StreamScaleBenchmark {

    private static final long[] CHECKPOINTS = {10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};
    private static final String USAGE =
            "usage: StreamScaleBenchmark JSONL CACHE PLOT.png [--max N] [--score N] [--seed S] [--window N] [INPUT...]";

    private StreamScaleBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println(USAGE);
            System.exit(64);
        }
        Path jsonl = Path.of(args[0]);
        long max = 1_000_000;
        long scored = 10_000;
        long seed = 42;
        StreamSettings settings = StreamSettings.defaults();
        List<Path> inputs = new ArrayList<>(List.of(jsonl));
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--max" -> max = Long.parseLong(value(args, ++i));
                case "--score" -> scored = Long.parseLong(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--window" -> settings = settings.withQuietArrivals(Integer.parseInt(value(args, ++i)));
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (max < 1 || scored < 0) {
            throw new IllegalArgumentException("--max must be positive and --score not negative: " + max + ", "
                    + scored);
        }
        List<RealArticle> real = realArticles(inputs, jsonl, Path.of(args[1]));
        run(real, settings, max, Math.min(scored, max), seed, Path.of(args[2]));
    }

    /** The real articles of {@code inputs}, annotated through the cache, with the gold events of {@code jsonl}. */
    private static List<RealArticle> realArticles(List<Path> inputs, Path jsonl, Path cache) {
        long start = System.nanoTime();
        List<AnnotatedArticle> annotated = ClusteringBenchmark.prepare(inputs, AnnotationCache.open(cache));
        Map<String, String> gold = GoldEvents.read(jsonl).eventOf();
        List<RealArticle> real = annotated.stream().map(a -> RealArticle.of(a, gold.get(a.id()))).toList();
        long dated = real.stream().filter(r -> r.day() != null).count();
        System.out.printf(Locale.ROOT, "%d real articles (%d dated, %d with a gold event) from %s, prepared in"
                + " %.1f s%n", real.size(), dated, real.stream().filter(r -> r.event() != null).count(), inputs,
                (System.nanoTime() - start) / 1e9);
        return real;
    }

    private static void run(List<RealArticle> real, StreamSettings settings, long max, long scored, long seed,
                            Path png) {
        long heap = ProcessMemory.heapAfterGcMb();
        long preparingRss = ProcessMemory.peakRssMb();
        boolean reset = ProcessMemory.resetPeakRss();
        System.out.printf(Locale.ROOT, "peak RSS while preparing %d MB (%s); heap before the stream %d MB%n",
                preparingRss, reset ? "reset: RSS below is the stream's" : "could not reset: RSS below includes it",
                heap);
        System.out.printf(Locale.ROOT, "%s; feeding %d articles (seed %d), scoring the first %d%n", settings, max,
                seed, scored);
        System.out.println(Checkpoint.header());
        ScaleRun run = new ScaleRun(real, settings, seed, scored);
        String title = String.format(Locale.ROOT, "StoryStream: cost and memory against stream size (window %,d"
                + " arrivals)", settings.quietArrivals());
        List<Checkpoint> points = new ArrayList<>();
        LongStream.concat(LongStream.of(CHECKPOINTS).filter(c -> c < max), LongStream.of(max)).forEach(mark -> {
            points.add(run.feedTo(mark));
            System.out.println(points.get(points.size() - 1).row());
            CostPlot.write(points, title, png);
        });
        run.finish();
        System.out.println("plot written to " + png);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value. " + USAGE);
        }
        return args[i];
    }
}
