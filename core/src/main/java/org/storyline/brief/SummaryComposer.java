package org.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.BriefSentence;

/**
 * Picks the summary: eligible sentences ranked by how many outlets report them, the lead before the
 * rest on ties; a sentence too like one already picked is dropped; the picks are then ordered for
 * reading, lead first.
 */
final class SummaryComposer {

    static final int MIN_SENTENCES = 5;
    static final int MAX_SENTENCES = 8;
    /** Cosine at which a candidate repeats a sentence already in the summary. */
    static final double REDUNDANT = 0.3;

    private SummaryComposer() {
    }

    static List<BriefSentence> compose(StorySentences story) {
        Map<StorySentence, Integer> support = new HashMap<>();
        List<StorySentence> candidates = new ArrayList<>();
        for (StorySentence s : story.all()) {
            if (s.eligible()) {
                candidates.add(s);
                support.put(s, story.support(s));
            }
        }
        candidates.sort(Comparator.<StorySentence>comparingInt(support::get).reversed()
                .thenComparingDouble(StorySentence::position));
        List<StorySentence> picked = new ArrayList<>();
        for (StorySentence c : candidates) {
            if (picked.size() >= MAX_SENTENCES) {
                break;
            }
            boolean multiOutlet = support.get(c) > 1;
            if (!multiOutlet && picked.size() >= MIN_SENTENCES) {
                break;
            }
            if (picked.stream().noneMatch(p -> p.vector().cosine(c.vector()) >= REDUNDANT)) {
                picked.add(c);
            }
        }
        picked.sort(Comparator.comparingDouble(StorySentence::position)
                .thenComparing(Comparator.<StorySentence>comparingInt(support::get).reversed()));
        return picked.stream().map(s -> new BriefSentence(s.text(), story.citations(s))).toList();
    }
}
