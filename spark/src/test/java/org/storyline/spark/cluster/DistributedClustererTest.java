package org.storyline.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.ingest.Ingester;
import org.storyline.lang.LanguageTagger;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Sentence;
import org.storyline.model.Story;
import org.storyline.model.Token;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.pipeline.Copies;
import org.storyline.spark.LocalSpark;

class DistributedClustererTest {

    @Test
    void givesTheSingleMachineStoriesOnManyOverlappingEvents() {
        List<AnnotatedArticle> articles = synthetic(new Random(7), 24, 14);

        assertThat(distributed(articles, new DistributedClusterer()))
                .isEqualTo(single(articles, new StoryClusterer()));
    }

    @Test
    void givesTheSingleMachineStoriesWithAnotherThresholdAndNeighbourhood() {
        List<AnnotatedArticle> articles = synthetic(new Random(11), 10, 9);

        assertThat(distributed(articles, new DistributedClusterer(0.5, 4)))
                .isEqualTo(single(articles, new StoryClusterer(0.5, 4)));
    }

    @Test
    void emptyBatchHasNoStories() {
        assertThat(distributed(List.of(), new DistributedClusterer())).isEmpty();
    }

    @Test
    void givesTheSingleMachineStoriesOnEcbPlusTopicsOneToSix(@TempDir Path dir) throws IOException {
        Optional<Path> ecb = LocalSpark.ecbPlus();
        assumeTrue(ecb.isPresent(), "shared/benchmarks/story-clustering/ecbplus.jsonl not found beside any folder "
                + "above the module: the ECB+ comparison is skipped");
        Path subset = dir.resolve("ecbplus-1-6.jsonl");
        Files.write(subset, Files.readAllLines(ecb.get()).stream()
                .filter(l -> l.matches("\\{\"id\": \"[1-6]_.*")).toList());
        List<AnnotatedArticle> articles = annotated(subset);
        assertThat(articles).hasSizeGreaterThan(140);

        Map<String, Set<String>> single = single(articles, new StoryClusterer());

        assertThat(distributed(articles, new DistributedClusterer())).isEqualTo(single);
        assertThat(single).hasSizeGreaterThan(6);
    }

    /** The batch as the single-machine pipeline annotates it: ingest, clean, mark reprints, annotate. */
    private static List<AnnotatedArticle> annotated(Path file) {
        TextCleaner cleaner = new TextCleaner();
        LanguageTagger languages = new LanguageTagger();
        List<CleanArticle> cleaned = new Ingester().ingest(List.of(file)).articles().stream()
                .map(a -> cleaner.clean(languages.tag(a))).toList();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        return Copies.mark(cleaned).analysed().stream().map(annotator::annotate).toList();
    }

    private static Map<String, Set<String>> single(List<AnnotatedArticle> articles, StoryClusterer clusterer) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Story s : clusterer.cluster(articles)) {
            out.put(s.id(), s.articles().stream().map(AnnotatedArticle::id).collect(Collectors.toCollection(TreeSet::new)));
        }
        return out;
    }

    private static Map<String, Set<String>> distributed(List<AnnotatedArticle> articles,
                                                        DistributedClusterer clusterer) {
        List<ClusterInput> inputs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            inputs.add(new ClusterInput(1000L * i, a.id(), a.clean().duplicateOf(), StoryClusterer.terms(a)));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        JavaRDD<ClusterInput> rdd = jsc.parallelize(inputs, 3);
        Map<Long, String> idOf = inputs.stream().collect(Collectors.toMap(ClusterInput::order, ClusterInput::id));
        Map<String, Set<String>> out = new TreeMap<>();
        for (var t : clusterer.cluster(rdd).collect()) {
            out.computeIfAbsent(t._2(), k -> new TreeSet<>()).add(idOf.get(t._1()));
        }
        return out;
    }

    /**
     * Articles of {@code topics} topics with two events each, written from a topic's words, an event's words and
     * words common to all; some repeat another article's words exactly (ties) and some copy another article.
     */
    static List<AnnotatedArticle> synthetic(Random random, int topics, int perEvent) {
        List<String> common = words("common", 30);
        List<AnnotatedArticle> out = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            List<String> topic = words("topic" + t + "x", 12);
            for (int e = 0; e < 2; e++) {
                List<String> event = words("event" + t + "x" + e + "x", 10);
                for (int a = 0; a < perEvent; a++) {
                    List<String> terms = new ArrayList<>();
                    for (int w = 0; w < 25 + random.nextInt(30); w++) {
                        double r = random.nextDouble();
                        List<String> from = r < 0.35 ? common : r < 0.65 ? topic : event;
                        terms.add(from.get(random.nextInt(from.size())));
                    }
                    String id = "t" + t + "-e" + e + "-a" + a;
                    boolean repeat = a > 0 && random.nextInt(3) == 0;
                    if (repeat) {
                        terms = StoryClusterer.terms(out.get(out.size() - 1));
                    }
                    String copyOf = !out.isEmpty() && random.nextInt(15) == 0
                            ? out.get(random.nextInt(out.size())).id() : null;
                    out.add(article(id, terms, copyOf));
                }
            }
        }
        java.util.Collections.shuffle(out, random);
        return out;
    }

    private static List<String> words(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + (char) ('a' + i % 26) + i);
        }
        return out;
    }

    private static AnnotatedArticle article(String id, List<String> terms, String duplicateOf) {
        String text = String.join(" ", terms);
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String term : terms) {
            tokens.add(new Token(term, at, at + term.length(), "NN", term, "O"));
            at += term.length() + 1;
        }
        Article article = new Article(id, id, text, List.of(), null, null, null, null, "en");
        CleanArticle clean = new CleanArticle(article, null, null, null, null, text,
                OffsetMap.verbatim(0, text.length()), List.of(), List.of(), duplicateOf);
        return new AnnotatedArticle(clean, List.of(new Sentence(0, 0, 0, text.length(), tokens)));
    }
}
