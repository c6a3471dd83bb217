package org.storyline.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyline.cluster.SimilarPair;
import org.storyline.cluster.SimilarPairs;
import org.storyline.text.TermVector;
import scala.Tuple2;

/**
 * Every pair of articles whose content cosine reaches a floor, with that cosine computed by core's
 * {@link TermVector}. The batch is cut into blocks; a task takes two blocks (or one twice), builds their
 * vectors once and finds their pairs through an inverted index, with core's
 * {@link SimilarPairs}.
 */
final class BlockPairs {

    /** Articles per block, roughly: a task holds the vectors of two blocks. */
    private static final int BLOCK = 400;

    private BlockPairs() {
    }

    /**
     * The pairs of {@code vectors}, {@code n} articles in all, at least {@code floor} similar.
     *
     * @return pairs with the lower index first, each pair once
     */
    static JavaRDD<SimilarPair> of(JavaPairRDD<Long, VectorInput> vectors, long n, double floor) {
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
     * (the pairs within each of them belong to other tasks), by core's {@link SimilarPairs}
     * on the task's vectors in batch order.
     */
    private static List<SimilarPair> within(boolean oneBlock, Iterable<VectorInput> inputs, int blocks, double floor) {
        List<VectorInput> sorted = new ArrayList<>();
        inputs.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(VectorInput::index));
        List<TermVector> vectors = sorted.stream().map(VectorInput::vector).toList();
        int[] side = sorted.stream().mapToInt(v -> oneBlock ? 0 : (int) (v.index() % blocks)).toArray();
        return SimilarPairs.of(vectors, floor, side).stream()
                .map(p -> new SimilarPair(Math.toIntExact(sorted.get(p.a()).index()),
                        Math.toIntExact(sorted.get(p.b()).index()), p.similarity()))
                .toList();
    }
}
