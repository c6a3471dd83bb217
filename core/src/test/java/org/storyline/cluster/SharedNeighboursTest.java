package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedNeighboursTest {

    /** The shared-neighbour similarities of a dense similarity matrix, as a matrix (1 on the diagonal). */
    private static double[][] shared(double[][] sim, int k, double floor, double share) {
        int n = sim.length;
        List<SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs.add(new SimilarPair(i, j, sim[i][j]));
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1;
        }
        for (SimilarPair p : SharedNeighbours.of(SharedNeighbours.neighbourhoods(n, pairs, k, floor, share))) {
            out[p.a()][p.b()] = out[p.b()][p.a()] = p.similarity();
        }
        return out;
    }

    /** Two crowds, 0-2 and 3-5, whose members resemble each other; 2 and 3 resemble each other more than either's crowd. */
    private static double[][] twoCrowdsWithALookalikePair() {
        double[][] sim = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                sim[i][j] = i == j ? 1 : (i < 3) == (j < 3) ? 0.5 : 0.15;
            }
        }
        sim[2][3] = sim[3][2] = 0.6;
        return sim;
    }

    @Test
    void membersOfOneCrowdShareTheirNeighbours() {
        double[][] shared = shared(twoCrowdsWithALookalikePair(), 2, 0.1, 0);

        assertThat(shared[0][1]).isEqualTo(1.0);
        assertThat(shared[4][5]).isEqualTo(1.0);
    }

    @Test
    void lookalikesFromDifferentCrowdsShareLessThanTheirRawSimilaritySays() {
        double[][] sim = twoCrowdsWithALookalikePair();
        double[][] shared = shared(sim, 2, 0.1, 0);

        assertThat(sim[2][3]).isGreaterThan(sim[0][1]);
        assertThat(shared[2][3]).isLessThan(shared[0][1]);
        assertThat(shared[0][5]).isZero();
    }

    @Test
    void articleWithNothingCloseSharesNothing() {
        double[][] sim = {{1, 0.05, 0.02}, {0.05, 1, 0.6}, {0.02, 0.6, 1}};

        double[][] shared = shared(sim, 5, 0.1, 0);

        assertThat(shared[0][1]).isZero();
        assertThat(shared[0][2]).isZero();
        assertThat(shared[1][2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void articleMuchCloserToSomeThanToOthersCountsOnlyTheClose() {
        double[][] sim = {{1, 0.6, 0.15, 0.12}, {0.6, 1, 0.14, 0.13}, {0.15, 0.14, 1, 0.5}, {0.12, 0.13, 0.5, 1}};

        double[][] shared = shared(sim, 7, 0.1, 0.5);

        assertThat(shared[0][1]).isEqualTo(1.0);
        assertThat(shared[2][3]).isEqualTo(1.0);
        assertThat(shared[0][2]).isZero();
    }

    @Test
    void twoArticlesAloneThatAreCloseShareEverything() {
        double[][] shared = shared(new double[][] {{1, 0.3}, {0.3, 1}}, 7, 0.1, 0);

        assertThat(shared[0][1]).isEqualTo(1.0);
    }

    @Test
    void neighbourhoodFromASparseRowIsTheOneFromTheFullRow() {
        double[] full = {0.2, 0.5, 1, 0.05, 0.5, 0.3};

        int[] sparse = SharedNeighbours.neighbourhood(2, new int[] {5, 1, 4, 0}, new double[] {0.3, 0.5, 0.5, 0.2},
                2, 0.1, 0);

        assertThat(sparse).containsExactly(1, 2, 4);
        assertThat(SharedNeighbours.neighbourhood(full, 2, 2, 0.1, 0).stream().toArray()).containsExactly(sparse);
    }
}
