package org.storyline.spark.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.PartLinkage;
import org.storyline.cluster.SimilarPair;
import org.storyline.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * Clusters one connected part of the batch with core's {@link PartLinkage}, on an executor. Its items are
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
    static List<Tuple2<Long, String>> stories(Iterable<Member> members, Iterable<SimilarPair> shared,
            double threshold) {
        List<Member> items = new ArrayList<>();
        members.forEach(items::add);
        items.sort(Comparator.comparingLong(Member::index));
        Map<Integer, Member> byIndex = new HashMap<>();
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (Member m : items) {
            int index = Math.toIntExact(m.index());
            byIndex.put(index, m);
            groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(index);
        }
        List<Integer> indices = items.stream().map(m -> Math.toIntExact(m.index())).toList();
        List<Tuple2<Long, String>> out = new ArrayList<>();
        for (List<Integer> cluster : PartLinkage.clusterPart(indices, shared, new ArrayList<>(groups.values()),
                threshold)) {
            String story = StoryClusterer.storyIdOf(cluster.stream().map(i -> byIndex.get(i).id()).toList());
            cluster.forEach(i -> out.add(new Tuple2<>((long) i, story)));
        }
        return out;
    }
}
