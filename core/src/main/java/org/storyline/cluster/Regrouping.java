package org.storyline.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.storyline.cluster.StoryUpdate.Kind;

/**
 * Clusters the articles of the stories a new article touches again, by average link on their shared-neighbour
 * similarity as {@link StoryClusterer} does for a batch, and maps the clusters back to the stories so that ids
 * stay stable: a story keeps its id while its first article stays; a cluster holding the first articles of
 * several stories merges them into the oldest; a cluster holding none is a new story (split off, or started by
 * the new article).
 */
final class Regrouping {

    private final double threshold;
    private long sequence;

    Regrouping(double threshold) {
        this.threshold = threshold;
    }

    /** The result of one regrouping: the changes and the stories that no longer exist. */
    record Result(List<StoryUpdate> updates, List<OpenStory> created, List<OpenStory> gone) {
    }

    /**
     * Regroups {@code stories} (open, touched by the new article) together with {@code fresh}, the new article,
     * which belongs to none yet. Stories {@code quiet} accepts are too old for the new article: they count in the
     * similarities, so that a late report of an old event is not taken for part of another, but they neither
     * change nor take articles.
     */
    Result regroup(List<OpenStory> stories, OpenArticle fresh, Predicate<OpenStory> quiet) {
        List<OpenArticle> items = new ArrayList<>();
        stories.forEach(s -> items.addAll(s.members));
        items.add(fresh);
        double[][] sim = new double[items.size()][items.size()];
        for (int i = 0; i < items.size(); i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < items.size(); j++) {
                sim[i][j] = sim[j][i] = Neighbourhoods.shared(items.get(i), items.get(j));
            }
        }
        List<StoryUpdate> updates = new ArrayList<>();
        List<OpenStory> created = new ArrayList<>();
        Set<OpenStory> gone = new HashSet<>();
        Map<OpenStory, List<OpenArticle>> kept = new LinkedHashMap<>();
        for (List<Integer> cluster : AverageLinkage.cluster(sim, copyGroups(items), threshold)) {
            List<OpenArticle> members = cluster.stream().map(items::get)
                    .filter(a -> a == fresh || !quiet.test(a.story)).toList();
            if (members.isEmpty()) {
                continue;
            }
            List<OpenStory> anchored = stories.stream().filter(s -> !quiet.test(s) && members.contains(s.anchor()))
                    .sorted(Comparator.comparingLong(s -> s.sequence)).toList();
            if (anchored.isEmpty()) {
                OpenStory from = members.get(0) == fresh ? null : members.get(0).story;
                OpenStory story = new OpenStory(newId(members, from), sequence++);
                story.setMembers(members);
                created.add(story);
                updates.add(new StoryUpdate(from == null ? Kind.CREATED : Kind.SPLIT, story.id,
                        from == null ? null : from.id, story.articleIds()));
                continue;
            }
            if (anchored.size() > 1 && anchored.stream().anyMatch(s -> !s.retired.isEmpty())) {
                kept.putAll(share(members, anchored, sim, items));
                continue;
            }
            OpenStory survivor = anchored.get(0);
            for (OpenStory absorbed : anchored.subList(1, anchored.size())) {
                gone.add(absorbed);
                survivor.absorb(absorbed);
                updates.add(new StoryUpdate(Kind.MERGED, absorbed.id, survivor.id, List.of()));
            }
            kept.put(survivor, members);
        }
        kept.forEach((story, members) -> {
            boolean same = story.members.size() == members.size() && story.members.containsAll(members);
            story.setMembers(members);
            if (!same) {
                updates.add(new StoryUpdate(Kind.CHANGED, story.id, null, story.articleIds()));
            }
        });
        return new Result(updates, created, List.copyOf(gone));
    }

    /**
     * A cluster that would merge a story part of which has left the window: the open articles left in such a
     * story are too few to speak for the articles that left, so the stories are not merged. Each keeps its own
     * articles of the cluster, and the others go to the story they are most alike on average.
     */
    private static Map<OpenStory, List<OpenArticle>> share(List<OpenArticle> members, List<OpenStory> anchored,
                                                           double[][] sim, List<OpenArticle> items) {
        Map<OpenStory, List<OpenArticle>> out = new LinkedHashMap<>();
        anchored.forEach(s -> out.put(s, new ArrayList<>()));
        List<OpenArticle> others = new ArrayList<>();
        for (OpenArticle m : members) {
            (out.containsKey(m.story) && m.story.members.contains(m) ? out.get(m.story) : others).add(m);
        }
        for (OpenArticle m : others) {
            int i = items.indexOf(m);
            OpenStory best = anchored.get(0);
            double bestMean = -1;
            for (OpenStory s : anchored) {
                double mean = out.get(s).stream().mapToDouble(o -> sim[i][items.indexOf(o)]).average().orElse(0);
                if (mean > bestMean) {
                    bestMean = mean;
                    best = s;
                }
            }
            out.get(best).add(m);
        }
        return out;
    }

    /** Items that must stay together: each reprint with the article it copies. */
    private static List<List<Integer>> copyGroups(List<OpenArticle> items) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id, i);
        }
        int[] root = new int[items.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            Integer original = items.get(i).duplicateOf == null ? null : index.get(items.get(i).duplicateOf);
            if (original != null) {
                root[find(root, i)] = find(root, original);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(find(root, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparingInt(g -> g.get(0)));
        return out;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** A new story's id: a hash of its first article's id (and, for a split, of the story it left). */
    private static String newId(List<OpenArticle> members, OpenStory from) {
        OpenArticle first = members.stream().min(Comparator.comparingLong(a -> a.arrival)).orElseThrow();
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(first.id.getBytes(StandardCharsets.UTF_8));
            if (from != null) {
                md.update((byte) 0);
                md.update(from.id.getBytes(StandardCharsets.UTF_8));
            }
            return "story-" + java.util.HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
