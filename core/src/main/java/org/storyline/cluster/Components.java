package org.storyline.cluster;

import java.util.List;

/** The connected parts of a graph on {@code 0..n-1}: union-find with path halving. */
public final class Components {

    private final int[] parent;

    /** {@code n} nodes, each its own part. */
    public Components(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /** Joins the parts of {@code a} and {@code b}. */
    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Joins all of {@code members}. */
    public void unionAll(List<Integer> members) {
        for (int m : members) {
            union(members.get(0), m);
        }
    }

    /** The lowest node of {@code a}'s part. */
    public int find(int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }
}
