package org.storyline.bench.clustering;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.storyline.cluster.StoryStream;
import org.storyline.cluster.StoryUpdate;
import org.storyline.cluster.StreamArticle;
import org.storyline.cluster.StreamSettings;
import org.storyline.model.AnnotatedArticle;

/**
 * Feeds every article of a benchmark JSON Lines file to a {@link StoryStream} one at a time, in publication
 * order with the undated articles at random places (a fixed seed), and prints the same scores as
 * {@link ClusteringBenchmark} for the stories the stream closes, beside the batch clusterer's.
 * Usage: {@code StreamingBenchmark JSONL CACHE [--threshold X] [--quiet-days D] [--seed S]}; with the environment
 * variable {@code STREAM_DUMP} set to a file, each article's final story is written there (id, tab, story), for
 * looking at the errors.
 */
public final class StreamingBenchmark {

    private StreamingBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: StreamingBenchmark JSONL CACHE [--threshold X] [--quiet-days D] [--seed S]");
            System.exit(64);
        }
        StreamSettings settings = StreamSettings.defaults();
        long seed = 42;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--threshold") && i + 1 < args.length) {
                settings = settings.withThreshold(Double.parseDouble(args[++i]));
            } else if (args[i].equals("--quiet-days") && i + 1 < args.length) {
                settings = settings.withQuietDays(Integer.parseInt(args[++i]));
            } else if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path jsonl = Path.of(args[0]);
        List<AnnotatedArticle> articles = ClusteringBenchmark.prepare(jsonl, AnnotationCache.open(Path.of(args[1])));
        List<StreamArticle> order = arrivalOrder(articles.stream().map(StreamArticle::of).toList(), new Random(seed));
        long dated = order.stream().filter(a -> a.day() != null).count();
        System.out.printf(Locale.ROOT, "%d articles, %d dated, fed in date order (undated at random, seed %d); %s%n",
                order.size(), dated, seed, settings);
        long start = System.nanoTime();
        StoryStream stream = new StoryStream(settings);
        Map<String, String> storyOf = new HashMap<>();
        Map<StoryUpdate.Kind, Integer> counts = new HashMap<>();
        for (StreamArticle a : order) {
            record(stream.add(a), storyOf, counts);
        }
        record(stream.closeAll(), storyOf, counts);
        double took = (System.nanoTime() - start) / 1e9;
        GoldEvents gold = GoldEvents.read(jsonl);
        if (System.getenv("STREAM_DUMP") != null) {
            try {
                java.nio.file.Files.write(Path.of(System.getenv("STREAM_DUMP")), storyOf.entrySet().stream()
                        .map(e -> e.getKey() + "\t" + e.getValue()).toList());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        System.out.println("threshold  topics  BCubed P  BCubed R  BCubed F1  pair P  pair R  pair F1  clusters/events");
        ClusteringBenchmark.print(settings.threshold(), "all", storyOf, gold, topic -> true);
        ClusteringBenchmark.print(settings.threshold(), "1-30", storyOf, gold, topic -> topic <= 30);
        ClusteringBenchmark.print(settings.threshold(), "31-45", storyOf, gold, topic -> topic > 30);
        System.out.printf(Locale.ROOT, "stream took %.2f s (%.0f articles/s); updates %s%n", took, order.size() / took,
                counts);
    }

    /** Dated articles by day (input order within a day), each undated one put at a random place among them. */
    static List<StreamArticle> arrivalOrder(List<StreamArticle> articles, Random random) {
        List<StreamArticle> out = new ArrayList<>(articles.stream().filter(a -> a.day() != null)
                .sorted(Comparator.comparing(StreamArticle::day, Comparator.<LocalDate>naturalOrder())).toList());
        for (StreamArticle a : articles) {
            if (a.day() == null) {
                out.add(random.nextInt(out.size() + 1), a);
            }
        }
        return out;
    }

    private static void record(List<StoryUpdate> updates, Map<String, String> storyOf,
                               Map<StoryUpdate.Kind, Integer> counts) {
        for (StoryUpdate u : updates) {
            counts.merge(u.kind(), 1, Integer::sum);
            if (u.kind() == StoryUpdate.Kind.CLOSED) {
                u.articleIds().forEach(id -> storyOf.put(id, u.storyId()));
            }
        }
    }
}
