package org.storyline.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.AverageLinkage;
import org.storyline.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * Clusters one connected part of the batch with core's {@link AverageLinkage}, on an executor. Its items are
 * the part's articles in batch order, so ties fall as in the whole batch; its groups the part's copy groups.
 */
final class ComponentLinkage {

    private ComponentLinkage() {
    }

    /**
     * The story id of every article of the part.
     *
     * @param members   the part's articles
     * @param shared    the positive shared-neighbour similarities between them
     * @param threshold least mean similarity for two groups to join
     * @return pairs of article index and story id
     */
    static List<Tuple2<Long, String>> stories(Iterable<Member> members, Iterable<Edge> shared, double threshold) {
        List<Member> items = new ArrayList<>();
        members.forEach(items::add);
        items.sort(Comparator.comparingLong(Member::index));
        int n = items.size();
        Map<Long, Integer> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            at.put(items.get(i).index(), i);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
        }
        for (Edge e : shared) {
            int a = at.get(e.a());
            int b = at.get(e.b());
            sim[a][b] = sim[b][a] = e.similarity();
        }
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(items.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<Tuple2<Long, String>> out = new ArrayList<>();
        for (List<Integer> cluster : AverageLinkage.cluster(sim, new ArrayList<>(groups.values()), threshold)) {
            String story = StoryClusterer.storyIdOf(cluster.stream().map(i -> items.get(i).id()).toList());
            cluster.forEach(i -> out.add(new Tuple2<>(items.get(i).index(), story)));
        }
        return out;
    }
}
