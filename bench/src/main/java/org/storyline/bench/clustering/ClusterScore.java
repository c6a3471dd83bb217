package org.storyline.bench.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well predicted clusters match gold events. BCubed: per item, the share of its predicted cluster that
 * shares its gold event (precision) and the share of its gold event that shares its predicted cluster
 * (recall), averaged over items. Pairwise: over all pairs of items, the pairs put together that belong
 * together. F1 is the harmonic mean of P and R.
 *
 * @param bcubedPrecision   BCubed precision
 * @param bcubedRecall      BCubed recall
 * @param pairwisePrecision pairwise precision
 * @param pairwiseRecall    pairwise recall
 * @param clusters          number of predicted clusters
 * @param events            number of gold events
 * @param items             number of items scored
 */
public record ClusterScore(double bcubedPrecision, double bcubedRecall, double pairwisePrecision,
                           double pairwiseRecall, int clusters, int events, int items) {

    /** Scores the {@code predicted} and {@code gold} labels of the same items, position by position. */
    public static <P, G> ClusterScore of(List<P> predicted, List<G> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted has " + predicted.size() + " labels, gold " + gold.size());
        }
        Map<P, Integer> clusterSize = count(predicted);
        Map<G, Integer> eventSize = count(gold);
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            int shared = both.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) shared / clusterSize.get(predicted.get(i));
            r += (double) shared / eventSize.get(gold.get(i));
        }
        int n = predicted.size();
        long truePairs = both.values().stream().mapToLong(ClusterScore::pairs).sum();
        long predictedPairs = clusterSize.values().stream().mapToLong(ClusterScore::pairs).sum();
        long goldPairs = eventSize.values().stream().mapToLong(ClusterScore::pairs).sum();
        return new ClusterScore(n == 0 ? 1 : p / n, n == 0 ? 1 : r / n,
                predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
                goldPairs == 0 ? 1 : (double) truePairs / goldPairs, clusterSize.size(), eventSize.size(), n);
    }

    /** BCubed F1. */
    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Pairwise F1. */
    public double pairwiseF1() {
        return f1(pairwisePrecision, pairwiseRecall);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static <T> Map<T, Integer> count(List<T> labels) {
        Map<T, Integer> out = new HashMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }
}
