package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.dedup.DuplicateFinder;
import org.storyline.dedup.DuplicateGroup;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;

/**
 * Cleaned articles split by what reprints are: articles to analyse (near copies marked with the article they
 * copy) and exact copies, which are not analysed again but listed beside their original in its brief. Used by
 * {@link StorylinePipeline} and by the store, so both treat reprints alike.
 *
 * @param analysed articles to annotate, cluster and brief, near copies marked with {@code duplicateOf}
 * @param exact    exact copies, each marked with the original it repeats
 */
public record Copies(List<CleanArticle> analysed, List<CleanArticle> exact) {

    private static final DuplicateFinder DUPLICATES = new DuplicateFinder();

    /** Copies of a list. */
    public Copies {
        analysed = List.copyOf(analysed);
        exact = List.copyOf(exact);
    }

    /**
     * Marks reprints among {@code cleaned} with the article they copy and sets exact copies aside.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public static Copies mark(List<CleanArticle> cleaned) {
        Map<String, String> originalOf = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (DuplicateGroup group : DUPLICATES.find(cleaned)) {
            for (String copy : group.copies()) {
                originalOf.put(copy, group.original());
                if (group.exact()) {
                    exact.add(copy);
                }
            }
        }
        List<CleanArticle> analysed = new ArrayList<>();
        List<CleanArticle> setAside = new ArrayList<>();
        for (CleanArticle c : cleaned) {
            CleanArticle marked = originalOf.containsKey(c.id()) ? c.withDuplicateOf(originalOf.get(c.id())) : c;
            (exact.contains(c.id()) ? setAside : analysed).add(marked);
        }
        return new Copies(analysed, setAside);
    }

    /** {@code brief} with the exact copies of its articles listed after them. */
    public Brief attachTo(Brief brief) {
        Set<String> members = new HashSet<>();
        brief.articles().forEach(a -> members.add(a.id()));
        List<CleanArticle> articles = new ArrayList<>(brief.articles());
        exact.stream().filter(c -> members.contains(c.duplicateOf())).forEach(articles::add);
        return brief.withArticles(articles);
    }
}
