package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * shares nothing, and one much closer to some articles than to others counts only the close ones.
 * Everything is sparse: only pairs at least {@code floor} similar go in, only pairs that share a neighbour
 * come out, so time and memory follow the number of close pairs, not the square of the batch.
 */
public final class SharedNeighbours {

    private SharedNeighbours() {
    }

    /**
     * The shared-neighbour similarity of every two articles that share a neighbour.
     *
     * @param neighbourhoods each article's neighbourhood ({@link #neighbourhoods}), ascending, itself included
     * @return pairs with their share of common neighbours, ordered by first then second index
     */
    public static List<SimilarPair> of(int[][] neighbourhoods) {
        int n = neighbourhoods.length;
        List<List<Integer>> holders = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            holders.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int m : neighbourhoods[i]) {
                holders.get(m).add(i);
            }
        }
        Map<Long, Integer> common = new HashMap<>();
        for (List<Integer> h : holders) {
            for (int x = 0; x < h.size(); x++) {
                for (int y = x + 1; y < h.size(); y++) {
                    common.merge((long) h.get(x) * n + h.get(y), 1, Integer::sum);
                }
            }
        }
        long[] keys = common.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        List<SimilarPair> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            int a = (int) (key / n);
            int b = (int) (key % n);
            out.add(new SimilarPair(a, b, (double) common.get(key)
                    / Math.min(neighbourhoods[a].length, neighbourhoods[b].length)));
        }
        return out;
    }

    /**
     * The neighbourhood of each of {@code n} articles.
     *
     * @param n       the number of articles
     * @param similar every pair at least {@code floor} similar (others may be left out: they are never neighbours)
     * @param k       most other articles in a neighbourhood
     * @param floor   least similarity of a neighbour
     * @param share   least share of the nearest article's similarity a neighbour needs
     * @return for each article, the ascending indices of its neighbourhood, itself included
     */
    public static int[][] neighbourhoods(int n, List<SimilarPair> similar, int k, double floor, double share) {
        List<List<SimilarPair>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>());
        }
        for (SimilarPair p : similar) {
            rows.get(p.a()).add(p);
            rows.get(p.b()).add(p);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            List<SimilarPair> row = rows.get(i);
            int[] others = new int[row.size()];
            double[] values = new double[row.size()];
            for (int r = 0; r < others.length; r++) {
                SimilarPair p = row.get(r);
                others[r] = p.a() == i ? p.b() : p.a();
                values[r] = p.similarity();
            }
            out[i] = neighbourhood(i, others, values, k, floor, share);
        }
        return out;
    }

    /**
     * The neighbourhood of article {@code self} from its similar articles: they go into a row in index order,
     * so ties fall to the lower index as in {@link #neighbourhood(double[], int, int, double, double)}.
     *
     * @param self    the article's index
     * @param others  the indices of its similar articles, each once, not itself
     * @param values  their similarity to it, in the order of {@code others}
     * @param k       most other articles in the neighbourhood
     * @param floor   least similarity of a neighbour
     * @param share   least share of the nearest article's similarity a neighbour needs
     * @return the ascending indices of the neighbourhood, {@code self} included
     */
    public static int[] neighbourhood(int self, int[] others, double[] values, int k, double floor, double share) {
        int[] index = Arrays.copyOf(others, others.length + 1);
        index[others.length] = self;
        Integer[] order = new Integer[index.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(index[x], index[y]));
        double[] row = new double[index.length];
        int at = -1;
        for (int r = 0; r < order.length; r++) {
            row[r] = order[r] == others.length ? 1.0 : values[order[r]];
            at = order[r] == others.length ? r : at;
        }
        return neighbourhood(row, at, k, floor, share).stream().map(r -> index[order[r]]).toArray();
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
