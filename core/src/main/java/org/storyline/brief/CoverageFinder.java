package org.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.BriefSentence;
import org.storyline.model.Coverage;
import org.storyline.model.Exclusive;

/**
 * What each article adds and what it misses. What only it reports comes from {@link ExclusiveFinder}. What
 * it leaves out are the story's widely reported points, those at least half of the story's outlets (and
 * at least two) report, of which the article says nothing alike: none of its sentences is matched to the
 * point, reaches {@link #UNTOLD} term-vector cosine with it, or {@link #UNTOLD_MEANING} sentence-embedding
 * cosine. Saying wrongly that an outlet left something out is worse than missing an omission, so both
 * bars are low. Reprints count once, as everywhere in the brief.
 */
final class CoverageFinder {

    /** Below this cosine to all of an article's sentences, the article does not tell a point. */
    static final double UNTOLD = 0.2;
    /** Below this sentence-embedding cosine to all of an article's sentences, the article does not tell a point. */
    static final double UNTOLD_MEANING = 0.6;
    static final int LEFT_OUT_PER_ARTICLE = 3;

    private CoverageFinder() {
    }

    static List<Coverage> find(StorySentences story, List<Exclusive> exclusives) {
        List<StorySentence> points = widelyReported(story);
        Map<String, List<BriefSentence>> only = new LinkedHashMap<>();
        story.all().stream().filter(s -> s.article().clean().english())
                .forEach(s -> only.putIfAbsent(s.article().id(), new ArrayList<>()));
        for (Exclusive e : exclusives) {
            only.computeIfAbsent(e.article(), k -> new ArrayList<>())
                    .add(new BriefSentence(e.text(), List.of(new org.storyline.model.Citation(e.article(), e.start(),
                            e.end()))));
        }
        List<Coverage> out = new ArrayList<>();
        for (Map.Entry<String, List<BriefSentence>> entry : only.entrySet()) {
            String id = entry.getKey();
            List<BriefSentence> missing = points.stream()
                    .filter(p -> untold(story, p, id))
                    .limit(LEFT_OUT_PER_ARTICLE)
                    .map(p -> new BriefSentence(p.text(), story.citations(p)))
                    .toList();
            out.add(new Coverage(id, entry.getValue(), missing));
        }
        return out;
    }

    /** One sentence per point most outlets report, best supported first; rewordings of a point count once. */
    static List<StorySentence> widelyReported(StorySentences story) {
        int outlets = story.outlets().size();
        int needed = Math.max(2, (outlets + 1) / 2);
        List<StorySentence> candidates = story.all().stream()
                .filter(s -> s.eligible() && story.support(s) >= needed)
                .sorted(Comparator.comparingInt(story::support).reversed()
                        .thenComparingDouble(StorySentence::position))
                .toList();
        List<StorySentence> points = new ArrayList<>();
        for (StorySentence c : candidates) {
            boolean known = points.stream().anyMatch(p -> story.repeats(p, c)
                    || story.matches(p).containsValue(c) || story.matches(c).containsValue(p));
            if (!known) {
                points.add(c);
            }
        }
        return points;
    }

    private static boolean untold(StorySentences story, StorySentence point, String article) {
        AnnotatedArticle own = point.article();
        return !own.id().equals(article)
                && !story.matches(point).containsKey(article)
                && !story.tellsAlike(point, article, UNTOLD, UNTOLD_MEANING);
    }
}
