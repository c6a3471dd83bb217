package org.storyline.cluster;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Shared-nearest-neighbour similarity (Jarvis and Patrick 1973): two articles are alike when their closest
 * articles are largely the same ones. Each article's neighbourhood is itself and its {@code k} most similar
 * articles, counting only those at least {@code floor} similar and at least {@code share} times as similar as
 * its nearest article; the similarity of two articles is the number
 * of neighbours they share over the size of the smaller neighbourhood. Two reports of the same event share
 * their neighbours (the rest of the event's coverage), while two events of the same kind, each covered by
 * its own cluster of articles, do not, even when their wording overlaps: this is what separates the second
 * earthquake of the week from the first, where raw word overlap cannot. The floors keep small batches,
 * where every article is among every other's {@code k} nearest, honest: an article with no close article
 * shares nothing, and one much closer to some articles than to others counts only the close ones. Time O(n² k), memory O(n²).
 */
public final class SharedNeighbours {

    private SharedNeighbours() {
    }

    /**
     * The shared-neighbour similarity matrix of the symmetric similarity matrix {@code sim}.
     *
     * @param sim   similarity of every two articles
     * @param k     most other articles in a neighbourhood
     * @param floor least similarity of a neighbour
     * @param share least share of the nearest article's similarity a neighbour needs
     * @return the share of common neighbours of every two articles, 1 on the diagonal
     */
    public static double[][] of(double[][] sim, int k, double floor, double share) {
        int n = sim.length;
        BitSet[] near = new BitSet[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            near[i] = neighbourhood(sim[i], i, k, floor, share);
            size[i] = near[i].cardinality();
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                BitSet shared = (BitSet) near[i].clone();
                shared.and(near[j]);
                out[i][j] = out[j][i] = (double) shared.cardinality() / Math.min(size[i], size[j]);
            }
        }
        return out;
    }

    /**
     * Article {@code self} and its {@code k} most similar others that pass both floors (ties: lower index).
     * Articles less similar than {@code floor} are never neighbours, so a row may leave them out (keeping the
     * order of the rest) without changing the neighbourhood.
     *
     * @param row   the similarity of {@code self} to every article (its own entry is ignored)
     * @param self  the article's index in {@code row}
     * @param k     most other articles in the neighbourhood
     * @param floor least similarity of a neighbour
     * @param share least share of the nearest article's similarity a neighbour needs
     * @return the indices in {@code row} of the neighbourhood, {@code self} included
     */
    public static BitSet neighbourhood(double[] row, int self, int k, double floor, double share) {
        Integer[] others = new Integer[row.length - 1];
        for (int j = 0, o = 0; j < row.length; j++) {
            if (j != self) {
                others[o++] = j;
            }
        }
        Arrays.sort(others, (a, b) -> Double.compare(row[b], row[a]));
        BitSet near = new BitSet(row.length);
        near.set(self);
        double least = others.length == 0 ? floor : Math.max(floor, share * row[others[0]]);
        for (int r = 0; r < Math.min(k, others.length) && row[others[r]] >= least; r++) {
            near.set(others[r]);
        }
        return near;
    }
}
