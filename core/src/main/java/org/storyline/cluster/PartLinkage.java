package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AverageLinkage} on a sparse similarity graph, one connected part at a time. Groups with no positive
 * similarity between them never join, so clustering each part of the graph (joined by the copy groups) alone
 * gives the clusters of the whole batch, with memory for the largest part instead of the whole batch.
 */
public final class PartLinkage {

    private PartLinkage() {
    }

    /**
     * The clusters of articles {@code 0..n-1}.
     *
     * @param n         the number of articles
     * @param similar   their positive similarities, each pair once
     * @param groups    the starting groups (articles that must stay together, each article in exactly one),
     *                  sorted by first member, members ascending
     * @param threshold least mean similarity for two groups to join
     * @return the clusters, sorted by first article, articles ascending
     */
    public static List<List<Integer>> cluster(int n, List<SimilarPair> similar, List<List<Integer>> groups,
            double threshold) {
        Components parts = new Components(n);
        similar.forEach(p -> parts.union(p.a(), p.b()));
        groups.forEach(parts::unionAll);
        Map<Integer, List<Integer>> items = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            items.computeIfAbsent(parts.find(i), r -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<SimilarPair>> pairs = new LinkedHashMap<>();
        similar.forEach(p -> pairs.computeIfAbsent(parts.find(p.a()), r -> new ArrayList<>()).add(p));
        Map<Integer, List<List<Integer>>> partGroups = new LinkedHashMap<>();
        groups.forEach(g -> partGroups.computeIfAbsent(parts.find(g.get(0)), r -> new ArrayList<>()).add(g));
        List<List<Integer>> out = new ArrayList<>();
        items.forEach((root, members) -> out.addAll(clusterPart(members, pairs.getOrDefault(root, List.of()),
                partGroups.get(root), threshold)));
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    /**
     * The clusters of one connected part.
     *
     * @param items     the part's articles, ascending
     * @param similar   the positive similarities between them, each pair once
     * @param groups    the part's starting groups, sorted by first member, members ascending
     * @param threshold least mean similarity for two groups to join
     * @return the clusters, sorted by first article, articles ascending
     */
    public static List<List<Integer>> clusterPart(List<Integer> items, Iterable<SimilarPair> similar,
            List<List<Integer>> groups, double threshold) {
        int[] index = items.stream().mapToInt(Integer::intValue).toArray();
        int n = index.length;
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
        }
        for (SimilarPair p : similar) {
            int a = local(index, p.a());
            int b = local(index, p.b());
            sim[a][b] = sim[b][a] = p.similarity();
        }
        List<List<Integer>> localGroups = groups.stream()
                .map(g -> g.stream().map(i -> local(index, i)).toList()).toList();
        return AverageLinkage.cluster(sim, localGroups, threshold).stream()
                .map(c -> c.stream().map(i -> index[i]).toList()).toList();
    }

    private static int local(int[] index, int article) {
        int at = Arrays.binarySearch(index, article);
        if (at < 0) {
            throw new IllegalArgumentException("article " + article + " is not in the part");
        }
        return at;
    }
}
