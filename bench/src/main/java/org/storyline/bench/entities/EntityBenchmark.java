package org.storyline.bench.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.bench.clustering.AnnotationCache;
import org.storyline.bench.clustering.ClusteringBenchmark;
import org.storyline.cluster.StoryClusterer;
import org.storyline.entity.EntityExtractor;
import org.storyline.entity.EntityIndex;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Story;
import org.storyline.pipeline.Copies;

/**
 * Prepares the articles of a benchmark JSON Lines file as the clustering benchmark does (annotations cached),
 * sets exact copies aside and clusters the rest as one batch with the default clusterer, as the pipeline does,
 * extracts the entities of every story, and writes the stories with their articles and entities as the
 * command line's JSON brief. Prints the stories, entities and mentions found and the time of entity extraction
 * alone, on one thread; with GOLD, the share and precision of each pass of resolution ({@link PassPrecision}).
 * Usage: {@code EntityBenchmark JSONL CACHE OUT [GOLD]}; CACHE is the annotation cache file, OUT the JSON written,
 * GOLD the entity gold of the same articles.
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: EntityBenchmark JSONL CACHE OUT [GOLD]");
            System.exit(64);
        }
        PassPrecision passes = args.length == 4 ? PassPrecision.read(Path.of(args[3])) : null;
        long start = System.nanoTime();
        List<AnnotatedArticle> prepared = ClusteringBenchmark.prepare(List.of(Path.of(args[0])),
                AnnotationCache.open(Path.of(args[1])));
        Copies copies = Copies.mark(prepared.stream().map(AnnotatedArticle::clean).toList());
        Set<String> exact = copies.exact().stream().map(CleanArticle::id).collect(Collectors.toSet());
        List<AnnotatedArticle> analysed = prepared.stream().filter(a -> !exact.contains(a.id())).toList();
        System.out.printf(Locale.ROOT, "%d articles prepared in %.1f s; %d exact copies listed beside their original,"
                + " not read%n", prepared.size(), seconds(start), exact.size());

        List<Story> stories = new StoryClusterer().cluster(analysed);
        EntityExtractor extractor = new EntityExtractor();
        List<Brief> briefs = new ArrayList<>();
        long extracting = 0;
        long slowest = 0;
        Story slowestStory = null;
        for (Story story : stories) {
            long t0 = System.nanoTime();
            EntityIndex index = extractor.extract(story.articles());
            long took = System.nanoTime() - t0;
            List<Entity> entities = index.entities();
            if (passes != null) {
                passes.add(index, story.articles());
            }
            extracting += took;
            if (took > slowest) {
                slowest = took;
                slowestStory = story;
            }
            briefs.add(EntityBriefs.of(story, entities, copies));
        }
        EntityBriefs.write(briefs, Path.of(args[2]));

        printCounts(briefs);
        if (passes != null) {
            passes.print();
        }
        if (slowestStory != null) {
            System.out.printf(Locale.ROOT, "entity extraction: %.0f ms in all, %.1f ms per story; slowest %.0f ms"
                            + " (story %s, %d articles)%n", extracting / 1e6, extracting / 1e6 / stories.size(),
                    slowest / 1e6, slowestStory.id(), slowestStory.articles().size());
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "total %.1f s, heap in use %d MB%n", seconds(start),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void printCounts(List<Brief> briefs) {
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        int entities = 0;
        int mentions = 0;
        int spans = 0;
        for (Brief brief : briefs) {
            for (Entity e : brief.entities()) {
                byType.merge(e.type(), 1, Integer::sum);
                entities++;
                mentions += e.mentions();
                spans += e.spans().size();
            }
        }
        System.out.printf(Locale.ROOT, "%d stories, %d entities %s, %d mentions, %d spans%n", briefs.size(), entities,
                byType, mentions, spans);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
