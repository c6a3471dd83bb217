package org.storyline.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.storyline.model.CleanArticle;

/**
 * Finds exact and near-duplicate articles in a batch by their clean text (see the package
 * description for the method). Articles whose text is empty are never duplicates; near-duplicates need
 * at least {@value #MIN_SHINGLES} shingles in the shorter text, so two one-line notes are duplicates
 * only when they are identical. Near-duplication is closed under chains: if A is a near-duplicate of B
 * and B of C, all three are one group. The grouping does not depend on the order of the input; the
 * original of a group is its earliest article. Stateless and thread-safe.
 */
public final class DuplicateFinder {

    /** Least estimated share of the shorter text's shingles that the other text has too. */
    static final double MIN_CONTAINMENT = 0.8;
    /** Least estimated Jaccard similarity of the two shingle sets. */
    static final double MIN_JACCARD = 0.5;
    /** Least shingles of the shorter text for a near-duplicate. */
    static final int MIN_SHINGLES = 10;

    /** A finder with the default thresholds. */
    public DuplicateFinder() {
    }

    /**
     * The duplicate groups among {@code articles}, the group with the earliest original first.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public List<DuplicateGroup> find(List<CleanArticle> articles) {
        requireUniqueIds(articles);
        String[] normalised = new String[articles.size()];
        Map<String, List<Integer>> byText = new TreeMap<>();
        for (int i = 0; i < articles.size(); i++) {
            normalised[i] = String.join(" ", Shingler.words(articles.get(i).text()));
            if (!normalised[i].isEmpty()) {
                byText.computeIfAbsent(normalised[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        UnionFind similar = nearDuplicates(texts);
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int t = 0; t < texts.size(); t++) {
            components.computeIfAbsent(similar.find(t), k -> new ArrayList<>()).addAll(byText.get(texts.get(t)));
        }
        Comparator<Integer> earliest = earliestFirst(articles);
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            if (members.size() > 1) {
                members.sort(earliest);
                groups.add(members);
            }
        }
        groups.sort(Comparator.comparing(members -> members.get(0), earliest));
        List<DuplicateGroup> result = new ArrayList<>();
        for (List<Integer> members : groups) {
            addGroups(articles, normalised, members, result);
        }
        return result;
    }

    private static UnionFind nearDuplicates(List<String> texts) {
        List<long[]> signatures = new ArrayList<>(texts.size());
        int[] sizes = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            long[] shingles = Shingler.shingles(Arrays.asList(texts.get(t).split(" ")));
            sizes[t] = shingles.length;
            signatures.add(MinHasher.signature(shingles));
        }
        UnionFind sets = new UnionFind(texts.size());
        for (long pair : LshBands.candidatePairs(signatures)) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (nearDuplicate(signatures.get(a), sizes[a], signatures.get(b), sizes[b])) {
                sets.union(a, b);
            }
        }
        return sets;
    }

    /** Whether two texts with these signatures and shingle counts are near-duplicates. */
    static boolean nearDuplicate(long[] a, int sizeA, long[] b, int sizeB) {
        int smaller = Math.min(sizeA, sizeB);
        if (smaller < MIN_SHINGLES) {
            return false;
        }
        double jaccard = MinHasher.jaccard(a, b);
        double shared = jaccard / (1 + jaccard) * (sizeA + sizeB);
        return jaccard >= MIN_JACCARD && shared / smaller >= MIN_CONTAINMENT;
    }

    private static void addGroups(List<CleanArticle> articles, String[] normalised, List<Integer> members,
                                  List<DuplicateGroup> out) {
        int original = members.get(0);
        List<String> exact = new ArrayList<>();
        List<String> near = new ArrayList<>();
        for (int copy : members.subList(1, members.size())) {
            (normalised[copy].equals(normalised[original]) ? exact : near).add(articles.get(copy).id());
        }
        if (!exact.isEmpty()) {
            out.add(new DuplicateGroup(articles.get(original).id(), exact, true));
        }
        if (!near.isEmpty()) {
            out.add(new DuplicateGroup(articles.get(original).id(), near, false));
        }
    }

    /** Known publication instants first, earliest first; then input order. */
    private static Comparator<Integer> earliestFirst(List<CleanArticle> articles) {
        Map<Integer, Instant> published = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            int index = i;
            Chronology.instant(articles.get(i).article().published()).ifPresent(at -> published.put(index, at));
        }
        return Comparator.<Integer, Instant>comparing(published::get, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
    }

    private static void requireUniqueIds(List<CleanArticle> articles) {
        Set<String> seen = new HashSet<>();
        for (CleanArticle article : articles) {
            if (!seen.add(article.id())) {
                throw new IllegalArgumentException("article id " + article.id() + " occurs twice in the batch");
            }
        }
    }
}
