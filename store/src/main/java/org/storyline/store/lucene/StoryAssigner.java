package org.storyline.store.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Story;

/**
 * Maps the clusters of new articles and candidate stories' articles back to stored stories, without
 * re-clustering the store. Articles are joined when the clusterer puts them together, when one is an exact
 * copy of the other, and when they already share a story (a stored story is never split). Every group with a
 * new article becomes one story: a group with one stored story keeps its id; a group joining several merges
 * them, the oldest surviving and the others redirecting to it; a group of new articles only takes the cluster's
 * own stable id. Groups without new articles are left as they are.
 */
final class StoryAssigner {

    private StoryAssigner() {
    }

    /**
     * What the stored stories are, as this batch sees them.
     *
     * @param articleIds each candidate story's articles, in the order they were added
     * @param created    when each candidate story was created (ISO-8601; earlier survives a merge)
     */
    record Existing(Map<String, List<String>> articleIds, Map<String, String> created) {
    }

    /**
     * One story as this batch leaves it.
     *
     * @param storyId    its id
     * @param merged     stored stories merged into it (their ids now redirect here)
     * @param articleIds all its articles: the survivor's first, then merged stories', then new ones
     * @param created    whether it is a new story
     */
    record Assignment(String storyId, List<String> merged, List<String> articleIds, boolean created) {

        Assignment {
            merged = List.copyOf(merged);
            articleIds = List.copyOf(articleIds);
        }

        /** This assignment under another id (when the cluster's id is taken). */
        Assignment withId(String id) {
            return new Assignment(id, merged, articleIds, created);
        }
    }

    /**
     * The stories of this batch.
     *
     * @param clusters    the clusterer's stories of the analysed articles (new and stored)
     * @param copies      exact copies (not clustered) and the article each repeats
     * @param existing    the candidate stories
     * @param newArticles ids of the new articles, in input order
     */
    static List<Assignment> assign(List<Story> clusters, Map<String, String> copies, Existing existing,
                                   List<String> newArticles) {
        UnionFind groups = new UnionFind();
        Map<String, String> clusterOf = new HashMap<>();
        for (Story cluster : clusters) {
            String first = cluster.articles().get(0).id();
            cluster.articles().forEach(a -> {
                groups.union(first, a.id());
                clusterOf.put(a.id(), cluster.id());
            });
        }
        copies.forEach(groups::union);
        Map<String, String> storyOf = new HashMap<>();
        existing.articleIds().forEach((story, ids) -> ids.forEach(id -> {
            groups.union(ids.get(0), id);
            storyOf.put(id, story);
        }));
        Map<String, List<String>> newByGroup = new LinkedHashMap<>();
        newArticles.forEach(id -> newByGroup.computeIfAbsent(groups.find(id), k -> new ArrayList<>()).add(id));
        Map<String, Set<String>> storiesByGroup = new HashMap<>();
        storyOf.forEach((id, story) -> storiesByGroup.computeIfAbsent(groups.find(id), k -> new LinkedHashSet<>())
                .add(story));
        List<Assignment> out = new ArrayList<>();
        newByGroup.forEach((group, fresh) -> {
            List<String> stories = new ArrayList<>(storiesByGroup.getOrDefault(group, Set.of()));
            stories.sort(Comparator.comparing((String s) -> existing.created().getOrDefault(s, ""))
                    .thenComparing(Comparator.naturalOrder()));
            List<String> members = new ArrayList<>();
            stories.forEach(s -> members.addAll(existing.articleIds().get(s)));
            members.addAll(fresh);
            if (stories.isEmpty()) {
                String clustered = fresh.stream().filter(clusterOf::containsKey).findFirst().orElse(fresh.get(0));
                out.add(new Assignment(clusterOf.getOrDefault(clustered, "story-" + clustered), List.of(), members,
                        true));
            } else {
                out.add(new Assignment(stories.get(0), stories.subList(1, stories.size()), members, false));
            }
        });
        return out;
    }

    /** Union-find over article ids. */
    private static final class UnionFind {

        private final Map<String, String> parent = new HashMap<>();

        String find(String id) {
            String root = id;
            while (!parent.getOrDefault(root, root).equals(root)) {
                root = parent.get(root);
            }
            String at = id;
            while (!at.equals(root)) {
                String next = parent.getOrDefault(at, at);
                parent.put(at, root);
                at = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }
}
