package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.text.TermVector;

class PartLinkageTest {

    /**
     * The clustering as one dense computation over the whole batch: every cosine, every neighbourhood from its
     * full row, every shared-neighbour similarity, average linkage on the whole matrix.
     */
    private static List<List<Integer>> dense(List<TermVector> vectors, List<List<Integer>> groups) {
        int n = vectors.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = vectors.get(i).cosine(vectors.get(j));
            }
        }
        BitSet[] near = new BitSet[n];
        for (int i = 0; i < n; i++) {
            near[i] = SharedNeighbours.neighbourhood(sim[i], i, StoryClusterer.DEFAULT_NEIGHBOURS,
                    StoryClusterer.NEIGHBOUR_FLOOR, StoryClusterer.NEIGHBOUR_SHARE);
        }
        double[][] shared = new double[n][n];
        for (int i = 0; i < n; i++) {
            shared[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                BitSet both = (BitSet) near[i].clone();
                both.and(near[j]);
                shared[i][j] = shared[j][i] = (double) both.cardinality()
                        / Math.min(near[i].cardinality(), near[j].cardinality());
            }
        }
        return AverageLinkage.cluster(shared, groups, StoryClusterer.DEFAULT_THRESHOLD);
    }

    private static List<List<Integer>> sparse(List<TermVector> vectors, List<List<Integer>> groups) {
        List<SimilarPair> similar = SimilarPairs.of(vectors, StoryClusterer.NEIGHBOUR_FLOOR);
        int[][] near = SharedNeighbours.neighbourhoods(vectors.size(), similar, StoryClusterer.DEFAULT_NEIGHBOURS,
                StoryClusterer.NEIGHBOUR_FLOOR, StoryClusterer.NEIGHBOUR_SHARE);
        return PartLinkage.cluster(vectors.size(), SharedNeighbours.of(near), groups,
                StoryClusterer.DEFAULT_THRESHOLD);
    }

    /** Mostly single articles, with a few copy groups of two or three far apart in the batch. */
    private static List<List<Integer>> someCopyGroups(Random random, int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i > 10 && random.nextInt(8) == 0 ? random.nextInt(i) : i;
            root[i] = root[root[i]];
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root[i] == i) {
                List<Integer> g = new ArrayList<>();
                for (int j = i; j < n; j++) {
                    if (root[j] == i) {
                        g.add(j);
                    }
                }
                groups.add(g);
            }
        }
        return groups;
    }

    @Test
    void clusteringPartByPartGivesTheClustersOfTheWholeDenseBatch() {
        Random random = new Random(5);
        for (int round = 0; round < 10; round++) {
            List<TermVector> vectors = SimilarPairsTest.randomVectors(random, 40 + random.nextInt(160));
            List<List<Integer>> groups = someCopyGroups(random, vectors.size());

            List<List<Integer>> clusters = sparse(vectors, groups);

            assertThat(clusters).isEqualTo(dense(vectors, groups));
            assertThat(clusters.size()).isGreaterThan(1).isLessThan(vectors.size());
        }
    }

    @Test
    void articlesWithNothingInCommonStayAloneAndCopiesStayTogether() {
        List<List<Integer>> clusters = PartLinkage.cluster(5, List.of(new SimilarPair(1, 3, 0.9)),
                List.of(List.of(0, 4), List.of(1), List.of(2), List.of(3)), 0.3);

        assertThat(clusters).containsExactly(List.of(0, 4), List.of(1, 3), List.of(2));
    }
}
