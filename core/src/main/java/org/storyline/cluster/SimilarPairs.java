package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.text.TermVector;

/**
 * Every pair of a batch's vectors whose cosine reaches a floor, found through an inverted index: dot products
 * are summed term by term over the posting lists, so pairs with no term in common cost nothing. The cosine
 * reported for a pair is {@code vectors.get(a).cosine(vectors.get(b))} with {@code a < b}, exactly as an
 * all-pairs loop computes it (the index's sums, added in another order, only pick the pairs to compute).
 */
public final class SimilarPairs {

    /** How far an index sum may fall under the floor, from rounding, and the pair still be checked. */
    private static final double ROUNDING = 1e-9;

    private SimilarPairs() {
    }

    /**
     * The pairs of {@code vectors} at least {@code floor} similar.
     *
     * @param vectors the batch's vectors, in batch order
     * @param floor   the least cosine of a pair, above 0
     * @return the pairs, ordered by first then second index
     */
    public static List<SimilarPair> of(List<TermVector> vectors, double floor) {
        return of(vectors, floor, new int[vectors.size()]);
    }

    /**
     * The pairs of {@code vectors} at least {@code floor} similar whose two vectors are in different sides.
     *
     * @param vectors the vectors, in batch order
     * @param floor   the least cosine of a pair, above 0
     * @param side    the side of each vector; all the same for every pair
     * @return the pairs, ordered by first then second index
     */
    public static List<SimilarPair> of(List<TermVector> vectors, double floor, int[] side) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("floor must be above 0, was " + floor);
        }
        if (side.length != vectors.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + side.length + " sides");
        }
        boolean allPairs = Arrays.stream(side).distinct().count() <= 1;
        Postings postings = Postings.of(vectors);
        double[] dot = new double[vectors.size()];
        int[] touched = new int[vectors.size()];
        List<SimilarPair> out = new ArrayList<>();
        for (int a = 0; a < vectors.size(); a++) {
            int count = 0;
            for (Map.Entry<String, Double> term : vectors.get(a).weights().entrySet()) {
                int t = postings.term(term.getKey());
                int[] docs = postings.docs[t];
                double[] weights = postings.weights[t];
                for (int p = Arrays.binarySearch(docs, a) + 1; p < docs.length; p++) {
                    int b = docs[p];
                    if (allPairs || side[a] != side[b]) {
                        if (dot[b] == 0) {
                            touched[count++] = b;
                        }
                        dot[b] += term.getValue() * weights[p];
                    }
                }
            }
            Arrays.sort(touched, 0, count);
            for (int i = 0; i < count; i++) {
                int b = touched[i];
                if (dot[b] >= floor - ROUNDING) {
                    double cosine = vectors.get(a).cosine(vectors.get(b));
                    if (cosine >= floor) {
                        out.add(new SimilarPair(a, b, cosine));
                    }
                }
                dot[b] = 0;
            }
        }
        return out;
    }

    /** For each term, the ascending indices of the vectors that have it and its weight in each. */
    private static final class Postings {

        private final Map<String, Integer> ids;
        private final int[][] docs;
        private final double[][] weights;

        private Postings(Map<String, Integer> ids, int[][] docs, double[][] weights) {
            this.ids = ids;
            this.docs = docs;
            this.weights = weights;
        }

        static Postings of(List<TermVector> vectors) {
            Map<String, Integer> ids = new HashMap<>();
            List<int[]> counts = new ArrayList<>();
            for (TermVector v : vectors) {
                for (String t : v.weights().keySet()) {
                    int id = ids.computeIfAbsent(t, k -> ids.size());
                    if (id == counts.size()) {
                        counts.add(new int[1]);
                    }
                    counts.get(id)[0]++;
                }
            }
            int[][] docs = new int[ids.size()][];
            double[][] weights = new double[ids.size()][];
            for (int id = 0; id < docs.length; id++) {
                docs[id] = new int[counts.get(id)[0]];
                weights[id] = new double[docs[id].length];
            }
            int[] filled = new int[ids.size()];
            for (int i = 0; i < vectors.size(); i++) {
                for (Map.Entry<String, Double> e : vectors.get(i).weights().entrySet()) {
                    int id = ids.get(e.getKey());
                    docs[id][filled[id]] = i;
                    weights[id][filled[id]++] = e.getValue();
                }
            }
            return new Postings(ids, docs, weights);
        }

        int term(String term) {
            return ids.get(term);
        }
    }
}
