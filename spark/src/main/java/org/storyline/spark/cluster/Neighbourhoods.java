package org.storyline.spark.cluster;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.storyline.cluster.SharedNeighbours;
import scala.Tuple2;

/** One article's neighbourhood from its similar articles, by core's rule. */
final class Neighbourhoods {

    private Neighbourhoods() {
    }

    /**
     * The neighbourhood of article {@code self}, itself included, ascending. {@code similar} holds every article
     * at least {@code floor} similar to it (the others can never be neighbours); they go into a row in index
     * order, so ties fall to the lower index as in {@link SharedNeighbours#neighbourhood}.
     */
    static long[] of(long self, Iterable<Tuple2<Long, Double>> similar, int k, double floor, double share) {
        List<Tuple2<Long, Double>> row = new ArrayList<>();
        similar.forEach(row::add);
        row.add(new Tuple2<>(self, 1.0));
        row.sort(Comparator.comparing(Tuple2::_1));
        double[] values = new double[row.size()];
        int at = -1;
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i)._2();
            if (row.get(i)._1() == self) {
                at = i;
            }
        }
        BitSet near = SharedNeighbours.neighbourhood(values, at, k, floor, share);
        return near.stream().mapToLong(i -> row.get(i)._1()).toArray();
    }
}
