package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    private static List<List<Integer>> singletons(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(List.of(i));
        }
        return out;
    }

    private static double[][] blocks() {
        // items 0-2 close to each other, 3-4 close to each other, the two blocks far apart
        double[][] sim = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                sim[i][j] = i == j ? 1 : (i < 3) == (j < 3) ? 0.8 : 0.1;
            }
        }
        return sim;
    }

    @Test
    void blocksOfCloseItemsBecomeClusters() {
        assertThat(AverageLinkage.cluster(blocks(), singletons(5), 0.5))
                .containsExactly(List.of(0, 1, 2), List.of(3, 4));
    }

    @Test
    void lowThresholdJoinsEverything() {
        assertThat(AverageLinkage.cluster(blocks(), singletons(5), 0.05)).containsExactly(List.of(0, 1, 2, 3, 4));
    }

    @Test
    void startingGroupsStayTogetherEvenWhenTheirMembersAreFarApart() {
        List<List<Integer>> groups = List.of(List.of(0, 3), List.of(1), List.of(2), List.of(4));

        assertThat(AverageLinkage.cluster(blocks(), groups, 0.99)).containsExactly(List.of(0, 3), List.of(1),
                List.of(2), List.of(4));
    }

    @Test
    void noItemsGiveNoClusters() {
        assertThat(AverageLinkage.cluster(new double[0][0], List.of(), 0.5)).isEmpty();
    }

    @Test
    void nearestNeighbourChainGivesTheClustersOfJoiningTheClosestPairFirst() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int n = 5 + random.nextInt(40);
            double[][] sim = new double[n][n];
            for (int i = 0; i < n; i++) {
                sim[i][i] = 1;
                for (int j = i + 1; j < n; j++) {
                    sim[i][j] = sim[j][i] = random.nextDouble();
                }
            }
            double threshold = 0.3 + 0.4 * random.nextDouble();

            assertThat(AverageLinkage.cluster(sim, singletons(n), threshold))
                    .isEqualTo(closestPairFirst(sim, threshold));
        }
    }

    /** The textbook O(n³) algorithm: join the two closest groups while their mean similarity reaches the threshold. */
    private static List<List<Integer>> closestPairFirst(double[][] sim, double threshold) {
        List<List<Integer>> groups = new ArrayList<>(singletons(sim.length).stream()
                .map(g -> (List<Integer>) new ArrayList<>(g)).toList());
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double mean = 0;
                    for (int i : groups.get(a)) {
                        for (int j : groups.get(b)) {
                            mean += sim[i][j];
                        }
                    }
                    mean /= groups.get(a).size() * groups.get(b).size();
                    if (mean >= best) {
                        best = mean;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
            groups.get(bestA).sort(null);
        }
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }
}
