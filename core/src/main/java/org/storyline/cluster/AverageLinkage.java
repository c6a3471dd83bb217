package org.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-link agglomerative clustering cut at a similarity threshold: groups join while the mean pairwise
 * similarity of their members reaches the threshold. Runs the nearest-neighbour chain (Murtagh 1983) with
 * Lance-Williams updates, which gives the same clusters as joining the closest pair again and again (average
 * linkage is reducible) in O(n²) time and memory instead of O(n³) time.
 */
public final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * The clusters of items {@code 0..n-1} under similarity {@code sim}, starting from the given groups
     * (items that must stay together, each item in exactly one group). Clusters are sorted by their first item,
     * items within a cluster ascending. Groups whose members have no positive similarity to each other never
     * join, so the clusters of a batch are those of each connected part of its positive-similarity graph
     * clustered alone (what a distributed run relies on).
     *
     * @param sim       similarity of every two items, symmetric
     * @param groups    the starting groups, sorted by first member, members ascending
     * @param threshold least mean similarity for two groups to join
     * @return the clusters, as lists of item indices
     */
    public static List<List<Integer>> cluster(double[][] sim, List<List<Integer>> groups, double threshold) {
        int g = groups.size();
        double[][] s = groupSimilarity(sim, groups);
        int[] size = new int[g];
        List<List<Integer>> members = new ArrayList<>();
        for (int a = 0; a < g; a++) {
            size[a] = groups.get(a).size();
            members.add(new ArrayList<>(groups.get(a)));
        }
        boolean[] live = new boolean[g];
        java.util.Arrays.fill(live, true);
        int[] parent = new int[g];
        for (int a = 0; a < g; a++) {
            parent[a] = a;
        }
        int[] chain = new int[g];
        int top = 0;
        for (int remaining = g; remaining > 1; ) {
            if (top == 0) {
                chain[top++] = firstLive(live);
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int b = previous;
            double best = previous >= 0 ? s[a][previous] : Double.NEGATIVE_INFINITY;
            for (int c = 0; c < g; c++) {
                if (live[c] && c != a && s[a][c] > best) {
                    best = s[a][c];
                    b = c;
                }
            }
            if (b != previous) {
                chain[top++] = b;
                continue;
            }
            top -= 2;
            // the merged group lives on in slot a. Merges come at falling similarity along every branch, so
            // the merges at or above the threshold are exactly the clusters of the cut
            for (int c = 0; c < g; c++) {
                if (live[c] && c != a && c != b) {
                    s[a][c] = s[c][a] = (size[a] * s[a][c] + size[b] * s[b][c]) / (size[a] + size[b]);
                }
            }
            size[a] += size[b];
            live[b] = false;
            if (best >= threshold) {
                union(parent, a, b);
            }
            remaining--;
        }
        return collect(parent, members);
    }

    /** Mean similarity of the members of every two groups. */
    private static double[][] groupSimilarity(double[][] sim, List<List<Integer>> groups) {
        int g = groups.size();
        double[][] s = new double[g][g];
        for (int a = 0; a < g; a++) {
            for (int b = a + 1; b < g; b++) {
                double sum = 0;
                for (int i : groups.get(a)) {
                    for (int j : groups.get(b)) {
                        sum += sim[i][j];
                    }
                }
                s[a][b] = s[b][a] = sum / (groups.get(a).size() * groups.get(b).size());
            }
        }
        return s;
    }

    private static int firstLive(boolean[] live) {
        for (int a = 0; a < live.length; a++) {
            if (live[a]) {
                return a;
            }
        }
        throw new IllegalStateException("no live group left");
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int root(int[] parent, int a) {
        while (parent[a] != a) {
            a = parent[a];
        }
        return a;
    }

    private static List<List<Integer>> collect(int[] parent, List<List<Integer>> members) {
        List<List<Integer>> byRoot = new ArrayList<>();
        for (int a = 0; a < parent.length; a++) {
            byRoot.add(new ArrayList<>());
        }
        for (int a = 0; a < parent.length; a++) {
            byRoot.get(root(parent, a)).addAll(members.get(a));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : byRoot) {
            if (!c.isEmpty()) {
                c.sort(null);
                out.add(c);
            }
        }
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }
}
