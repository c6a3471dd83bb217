package org.storyline.bench.clustering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.dedup.DuplicateFinder;
import org.storyline.dedup.DuplicateGroup;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.lang.LanguageTagger;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Story;
import org.storyline.nlp.CoreNlpAnnotator;

/**
 * Clusters every article of a benchmark JSON Lines file as one batch, as the pipeline does (language, clean,
 * reprints marked, annotate), and prints BCubed and pairwise scores against the gold events on all topics,
 * on the development topics 1–30 and on the held-out topics 31–45, for each threshold asked for.
 * Usage: {@code ClusteringBenchmark JSONL CACHE [--threshold X[,Y...]] [--neighbours K]}; CACHE is the annotation cache file.
 */
public final class ClusteringBenchmark {

    private static final int LAST_DEV_TOPIC = 30;

    private ClusteringBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ClusteringBenchmark JSONL CACHE [--threshold X[,Y...]] [--neighbours K]");
            System.exit(64);
        }
        Path jsonl = Path.of(args[0]);
        List<Double> thresholds = new ArrayList<>();
        int neighbours = StoryClusterer.DEFAULT_NEIGHBOURS;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--threshold") && i + 1 < args.length) {
                for (String t : args[++i].split(",")) {
                    thresholds.add(Double.parseDouble(t));
                }
            } else if (args[i].equals("--neighbours") && i + 1 < args.length) {
                neighbours = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (thresholds.isEmpty()) {
            thresholds.add(StoryClusterer.DEFAULT_THRESHOLD);
        }
        long start = System.nanoTime();
        List<AnnotatedArticle> articles = prepare(jsonl, AnnotationCache.open(Path.of(args[1])));
        System.out.printf(Locale.ROOT, "%d articles prepared in %.1f s; %d neighbours%n", articles.size(), seconds(start),
                neighbours);
        GoldEvents gold = GoldEvents.read(jsonl);
        System.out.println("threshold  topics  BCubed P  BCubed R  BCubed F1  pair P  pair R  pair F1  clusters/events");
        for (double threshold : thresholds) {
            long t0 = System.nanoTime();
            List<Story> stories = new StoryClusterer(threshold, neighbours).cluster(articles);
            double took = seconds(t0);
            Map<String, String> storyOf = new HashMap<>();
            stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a.id(), s.id())));
            print(threshold, "all", storyOf, gold, topic -> true);
            print(threshold, "1-30", storyOf, gold, topic -> topic <= LAST_DEV_TOPIC);
            print(threshold, "31-45", storyOf, gold, topic -> topic > LAST_DEV_TOPIC);
            System.out.printf(Locale.ROOT, "  clustering took %.1f s%n", took);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "total %.1f s, heap in use %d MB%n", seconds(start),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** Ingests, cleans, marks reprints and annotates every article of {@code jsonl}. */
    static List<AnnotatedArticle> prepare(Path jsonl, AnnotationCache cache) {
        return prepare(List.of(jsonl), cache);
    }

    /**
     * Ingests, cleans, marks reprints and annotates every article of {@code inputs} (files or directories),
     * annotations through {@code cache}, which is saved afterwards.
     */
    public static List<AnnotatedArticle> prepare(List<Path> inputs, AnnotationCache cache) {
        Ingested ingested = new Ingester().ingest(inputs);
        ingested.problems().forEach(p -> System.out.println("not ingested (scored as a story of its own): " + p));
        LanguageTagger languages = new LanguageTagger();
        TextCleaner cleaner = new TextCleaner();
        List<CleanArticle> cleaned = new ArrayList<>();
        for (Article a : ingested.articles()) {
            cleaned.add(cleaner.clean(languages.tag(a)));
        }
        Map<String, String> originalOf = new HashMap<>();
        for (DuplicateGroup group : new DuplicateFinder().find(cleaned)) {
            group.copies().forEach(copy -> originalOf.put(copy, group.original()));
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<AnnotatedArticle> out = new ArrayList<>();
        for (CleanArticle c : cleaned) {
            CleanArticle marked = originalOf.containsKey(c.id()) ? c.withDuplicateOf(originalOf.get(c.id())) : c;
            out.add(cache.annotate(marked, annotator));
        }
        cache.save();
        return out;
    }

    /** Prints one row of the score table: {@code storyOf} against the gold events of the topics {@code topics} accepts. */
    static void print(double threshold, String name, Map<String, String> storyOf, GoldEvents gold, IntPredicate topics) {
        List<String> predicted = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (String id : gold.eventOf().keySet()) {
            if (topics.test(gold.topicOf().get(id))) {
                predicted.add(storyOf.getOrDefault(id, "missing " + id));
                events.add(gold.eventOf().get(id));
            }
        }
        ClusterScore s = ClusterScore.of(predicted, events);
        System.out.printf(Locale.ROOT, "%9.3f  %-6s  %8.3f  %8.3f  %9.3f  %6.3f  %6.3f  %7.3f  %d/%d%n", threshold, name,
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(), s.pairwiseRecall(),
                s.pairwiseF1(), s.clusters(), s.events());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
