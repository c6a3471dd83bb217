package org.storyline.spark.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyline.text.TermVector;
import scala.Tuple2;

/**
 * Every pair of articles whose content cosine reaches a floor, with that cosine computed by core's
 * {@link TermVector}. The batch is cut into blocks; a task takes two blocks (or one twice), builds their
 * vectors once and finds its candidate pairs through an inverted index: a pair can reach the floor only if it
 * shares one of the heavier terms of one of its articles ({@link VectorInput#probeTerms}).
 */
final class SimilarPairs {

    /** Articles per block, roughly: a task holds the vectors of two blocks. */
    private static final int BLOCK = 400;

    private SimilarPairs() {
    }

    /**
     * The pairs of {@code vectors}, {@code n} articles in all, at least {@code floor} similar.
     *
     * @return edges with the lower index first, each pair once
     */
    static JavaRDD<Edge> of(JavaPairRDD<Long, VectorInput> vectors, long n, double floor) {
        int blocks = (int) Math.max(1, Math.ceil((double) n / BLOCK));
        return vectors
                .flatMapToPair(t -> {
                    int p = (int) (t._1() % blocks);
                    List<Tuple2<Tuple2<Integer, Integer>, VectorInput>> out = new ArrayList<>(blocks);
                    for (int q = 0; q < blocks; q++) {
                        out.add(new Tuple2<>(new Tuple2<>(Math.min(p, q), Math.max(p, q)), t._2()));
                    }
                    return out.iterator();
                })
                .groupByKey(Math.max(1, blocks * (blocks + 1) / 2))
                .flatMap(t -> within(t._1()._1().equals(t._1()._2()), t._2(), blocks, floor).iterator());
    }

    /**
     * The similar pairs of one task: within its one block when {@code oneBlock}, else across its two blocks
     * (the pairs within each of them belong to other tasks).
     */
    private static List<Edge> within(boolean oneBlock, Iterable<VectorInput> inputs, int blocks, double floor) {
        Map<Long, TermVector> vectors = new HashMap<>();
        Map<Long, List<String>> probes = new HashMap<>();
        Map<String, List<Long>> postings = new HashMap<>();
        for (VectorInput v : inputs) {
            vectors.put(v.index(), v.vector());
            probes.put(v.index(), v.probeTerms(floor));
            for (String term : new HashSet<>(v.terms())) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(v.index());
            }
        }
        Set<Tuple2<Long, Long>> seen = new HashSet<>();
        List<Edge> out = new ArrayList<>();
        for (Map.Entry<Long, List<String>> x : probes.entrySet()) {
            long a = x.getKey();
            for (String term : x.getValue()) {
                for (long b : postings.getOrDefault(term, List.of())) {
                    if (a == b || !oneBlock && a % blocks == b % blocks) {
                        continue;
                    }
                    Tuple2<Long, Long> pair = a < b ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
                    if (seen.add(pair)) {
                        double cosine = vectors.get(pair._1()).cosine(vectors.get(pair._2()));
                        if (cosine >= floor) {
                            out.add(new Edge(pair._1(), pair._2(), cosine));
                        }
                    }
                }
            }
        }
        return out;
    }
}
