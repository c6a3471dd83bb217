package org.storyline.spark.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storyline.cluster.Components;
import org.storyline.cluster.CopyGroups;
import org.storyline.cluster.SharedNeighbours;
import org.storyline.cluster.SimilarPair;
import org.storyline.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * Groups articles into stories on Spark, giving the stories of {@link StoryClusterer} with the same threshold
 * and neighbourhood on the same articles in the same order. Steps: TF-IDF vectors from document frequencies
 * counted over the batch; the pairs that reach the neighbour floor, by blocks of articles
 * ({@link BlockPairs}); each article's neighbourhood
 * by core's rule; shared-neighbour similarities for the pairs that share a neighbour; the connected parts of
 * the neighbour graph joined by copy links; and core's average linkage on each part, on executors. Only ids and
 * the neighbour graph come to the driver. Memory per task grows with the square of the largest part.
 */
public final class DistributedClusterer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double threshold;
    private final int neighbours;

    /** A clusterer with core's default threshold and neighbourhood. */
    public DistributedClusterer() {
        this(StoryClusterer.DEFAULT_THRESHOLD, StoryClusterer.DEFAULT_NEIGHBOURS);
    }

    /**
     * A clusterer like {@code new StoryClusterer(threshold, neighbours)}.
     *
     * @throws IllegalArgumentException naming the bad value, as {@link StoryClusterer} does
     */
    public DistributedClusterer(double threshold, int neighbours) {
        new StoryClusterer(threshold, neighbours);
        this.threshold = threshold;
        this.neighbours = neighbours;
    }

    /**
     * The story of every article.
     *
     * @param articles the batch; {@link ClusterInput#order()} gives the input order
     * @return pairs of article order and story id ({@link StoryClusterer#storyIdOf})
     */
    public JavaPairRDD<Long, String> cluster(JavaRDD<ClusterInput> articles) {
        Objects.requireNonNull(articles, "articles");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(articles.context());
        JavaPairRDD<Long, ClusterInput> byIndex = articles
                .sortBy(ClusterInput::order, true, articles.getNumPartitions())
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Tuple2<Long, ClusterInput>> heads = byIndex
                .mapValues(a -> new ClusterInput(a.order(), a.id(), a.duplicateOf(), List.of()))
                .sortByKey().collect();
        int n = heads.size();
        if (n == 0) {
            return JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
        }
        JavaPairRDD<Long, VectorInput> vectors = vectors(byIndex, n).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<SimilarPair> similar = BlockPairs.of(vectors, n, StoryClusterer.NEIGHBOUR_FLOOR);
        JavaPairRDD<Long, long[]> near = similar
                .flatMapToPair(e -> List.of(new Tuple2<>((long) e.a(), new Tuple2<>((long) e.b(), e.similarity())),
                        new Tuple2<>((long) e.b(), new Tuple2<>((long) e.a(), e.similarity()))).iterator())
                .groupByKey()
                .mapToPair(t -> new Tuple2<>(t._1(), neighbourhood(t._1(), t._2(), neighbours)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        int[] component = components(heads, near);
        Broadcast<int[]> parts = jsc.broadcast(component);
        JavaPairRDD<Integer, SimilarPair> shared = shared(near)
                .mapToPair(e -> new Tuple2<>(parts.value()[e.a()], e));
        JavaPairRDD<Integer, Member> members = jsc.parallelize(members(heads, component))
                .mapToPair(m -> new Tuple2<>(parts.value()[(int) m.index()], m));
        double cut = threshold;
        JavaPairRDD<Long, String> storyOfIndex = members.cogroup(shared)
                .flatMapToPair(t -> ComponentLinkage.stories(t._2()._1(), t._2()._2(), cut).iterator());
        JavaPairRDD<Long, String> result = byIndex.mapValues(ClusterInput::order).join(storyOfIndex)
                .mapToPair(t -> t._2());
        return result;
    }

    /** An article's neighbourhood, itself included, by core's rule, from its similar articles. */
    private static long[] neighbourhood(long self, Iterable<Tuple2<Long, Double>> similar, int k) {
        List<Tuple2<Long, Double>> row = new ArrayList<>();
        similar.forEach(row::add);
        int[] others = row.stream().mapToInt(t -> Math.toIntExact(t._1())).toArray();
        double[] values = row.stream().mapToDouble(Tuple2::_2).toArray();
        return java.util.Arrays.stream(SharedNeighbours.neighbourhood(Math.toIntExact(self), others, values, k,
                StoryClusterer.NEIGHBOUR_FLOOR, StoryClusterer.NEIGHBOUR_SHARE)).asLongStream().toArray();
    }

    /** Each article's terms with their document frequencies in the batch. */
    private static JavaPairRDD<Long, VectorInput> vectors(JavaPairRDD<Long, ClusterInput> byIndex, long n) {
        JavaPairRDD<String, Long> postings = postings(byIndex);
        JavaPairRDD<String, Integer> df = postings.mapValues(i -> 1).reduceByKey(Integer::sum);
        JavaPairRDD<Long, Iterable<Tuple2<String, Integer>>> dfByArticle = postings.join(df)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey();
        return byIndex.leftOuterJoin(dfByArticle).mapToPair(t -> {
            Map<String, Integer> counts = new java.util.HashMap<>();
            if (t._2()._2().isPresent()) {
                t._2()._2().get().forEach(c -> counts.put(c._1(), c._2()));
            }
            return new Tuple2<>(t._1(), new VectorInput(t._1(), t._2()._1().terms(), counts, n));
        });
    }

    /** Term and article index, once per distinct term of each article. */
    private static JavaPairRDD<String, Long> postings(JavaPairRDD<Long, ClusterInput> byIndex) {
        return byIndex.flatMapToPair(t -> new HashSet<>(t._2().terms()).stream()
                .map(term -> new Tuple2<>(term, t._1())).iterator());
    }

    /** The shared-neighbour similarity of every two articles that share a neighbour. */
    private static JavaRDD<SimilarPair> shared(JavaPairRDD<Long, long[]> near) {
        return near
                .flatMapToPair(t -> java.util.Arrays.stream(t._2())
                        .mapToObj(m -> new Tuple2<>(m, new Tuple2<>(t._1(), t._2().length))).iterator())
                .groupByKey()
                .flatMapToPair(t -> {
                    List<Tuple2<Long, Integer>> holders = new ArrayList<>();
                    t._2().forEach(holders::add);
                    holders.sort(java.util.Comparator.comparing(Tuple2::_1));
                    List<Tuple2<Tuple2<Long, Long>, int[]>> out = new ArrayList<>();
                    for (int x = 0; x < holders.size(); x++) {
                        for (int y = x + 1; y < holders.size(); y++) {
                            out.add(new Tuple2<>(new Tuple2<>(holders.get(x)._1(), holders.get(y)._1()),
                                    new int[] {1, Math.min(holders.get(x)._2(), holders.get(y)._2())}));
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey((x, y) -> new int[] {x[0] + y[0], x[1]})
                .map(t -> new SimilarPair(Math.toIntExact(t._1()._1()), Math.toIntExact(t._1()._2()),
                        (double) t._2()[0] / t._2()[1]));
    }

    /** The connected part of every article: its neighbours and its copy group, on the driver. */
    private static int[] components(List<Tuple2<Long, ClusterInput>> heads, JavaPairRDD<Long, long[]> near) {
        Components parts = new Components(heads.size());
        for (long[] hood : near.values().collect()) {
            for (long m : hood) {
                parts.union((int) hood[0], (int) m);
            }
        }
        for (List<Integer> group : copyGroups(heads)) {
            parts.unionAll(group);
        }
        int[] out = new int[heads.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parts.find(i);
        }
        return out;
    }

    private static List<List<Integer>> copyGroups(List<Tuple2<Long, ClusterInput>> heads) {
        return CopyGroups.of(heads.stream().map(h -> h._2().id()).toList(),
                heads.stream().map(h -> h._2().duplicateOf()).collect(Collectors.toList()));
    }

    private static List<Member> members(List<Tuple2<Long, ClusterInput>> heads, int[] component) {
        long[] group = new long[heads.size()];
        for (List<Integer> g : copyGroups(heads)) {
            g.forEach(i -> group[i] = g.get(0));
        }
        List<Member> out = new ArrayList<>(heads.size());
        for (int i = 0; i < heads.size(); i++) {
            out.add(new Member(i, heads.get(i)._2().id(), group[i]));
        }
        return out;
    }
}
