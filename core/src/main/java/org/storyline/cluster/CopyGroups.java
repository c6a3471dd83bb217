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
final class CopyGroups {

    private CopyGroups() {
    }

    /** Groups of indices into {@code articles}, in order of their first member, members ascending. */
    static List<List<Integer>> of(List<AnnotatedArticle> articles) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.putIfAbsent(articles.get(i).id(), i);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(root(articles, index, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values());
        out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    /** The index of the original at the end of {@code i}'s chain of copies (a cycle stops where it closes). */
    private static int root(List<AnnotatedArticle> articles, Map<String, Integer> index, int i) {
        int at = i;
        for (int steps = 0; steps < articles.size(); steps++) {
            Integer original = index.get(articles.get(at).clean().duplicateOf());
            if (original == null || original == at) {
                return at;
            }
            at = original;
        }
        return at;
    }
}
