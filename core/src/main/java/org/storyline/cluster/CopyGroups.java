package org.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.AnnotatedArticle;

/**
 * The groups clustering starts from: each original with the copies of it in the batch (articles whose
 * {@code duplicateOf} names it, directly or through another copy), every other article alone. A copy whose
 * original is not in the batch starts alone.
 */
public final class CopyGroups {

    private CopyGroups() {
    }

    /** Groups of indices into {@code articles}, in order of their first member, members ascending. */
    static List<List<Integer>> of(List<AnnotatedArticle> articles) {
        return of(articles.stream().map(AnnotatedArticle::id).toList(),
                articles.stream().map(a -> a.clean().duplicateOf()).toList());
    }

    /**
     * The copy groups of a batch given only its article ids and what each copies.
     *
     * @param ids         the articles' ids, in batch order
     * @param duplicateOf for each article, the id of the article it copies, or {@code null}
     * @return groups of indices into {@code ids}, in order of their first member, members ascending
     */
    public static List<List<Integer>> of(List<String> ids, List<String> duplicateOf) {
        if (ids.size() != duplicateOf.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + duplicateOf.size() + " duplicateOf entries");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(root(duplicateOf, index, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values());
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    /** The index of the original at the end of {@code i}'s chain of copies (a cycle stops where it closes). */
    private static int root(List<String> duplicateOf, Map<String, Integer> index, int i) {
        int at = i;
        for (int steps = 0; steps < duplicateOf.size(); steps++) {
            Integer original = duplicateOf.get(at) == null ? null : index.get(duplicateOf.get(at));
            if (original == null || original == at) {
                return at;
            }
            at = original;
        }
        return at;
    }
}
