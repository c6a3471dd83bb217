package org.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.BriefSentence;

/**
 * Picks the summary: eligible sentences ranked by how many outlets report them, an article's lead ahead of
 * other sentences with the same support (news puts the main point first); a sentence too like one
 * already picked (by its words or, through sentence embeddings, by its meaning) is dropped; the picks are
 * then ordered for reading: the best supported lead first, other leads, then background in article order.
 */
final class SummaryComposer {

    static final int MIN_SENTENCES = 5;
    static final int MAX_SENTENCES = 8;
    /** Relative position up to which a sentence belongs to its article's lead. */
    static final double LEAD = 0.1;
    /** What being in the lead adds to a sentence's rank: less than one more outlet. */
    static final double LEAD_BONUS = 0.5;
    /** Sentence-embedding cosine at which a candidate says again, in other words, what the summary says. */
    static final double SAME_MEANING = 0.75;
    /** Term-vector cosine at which a candidate repeats a sentence already in the summary. */
    static final double REDUNDANT = 0.3;

    private SummaryComposer() {
    }

    /**
     * Leads first, the best supported (then the most central: closest to another article) ahead, so the
     * summary opens with the story's main point; then the rest in the order articles tell them.
     */
    private static Comparator<StorySentence> readingOrder(StorySentences story, Map<StorySentence, Integer> support) {
        Comparator<StorySentence> lead = Comparator.comparing((StorySentence s) -> s.position() > LEAD);
        return lead.thenComparing((a, b) -> a.position() > LEAD ? 0
                        : Integer.compare(support.get(b), support.get(a)))
                .thenComparing((a, b) -> a.position() > LEAD ? 0
                        : Double.compare(story.closestElsewhere(b), story.closestElsewhere(a)))
                .thenComparingDouble(StorySentence::position);
    }

    static List<BriefSentence> compose(StorySentences story) {
        Map<StorySentence, Integer> support = new HashMap<>();
        Map<StorySentence, Double> rank = new HashMap<>();
        List<StorySentence> candidates = new ArrayList<>();
        for (StorySentence s : story.all()) {
            if (s.eligible()) {
                candidates.add(s);
                support.put(s, story.support(s));
                rank.put(s, story.support(s) + (s.position() <= LEAD ? LEAD_BONUS : 0));
            }
        }
        candidates.sort(Comparator.<StorySentence>comparingDouble(rank::get).reversed()
                .thenComparingDouble(StorySentence::position));
        List<StorySentence> picked = new ArrayList<>();
        for (StorySentence c : candidates) {
            if (picked.size() >= MAX_SENTENCES) {
                break;
            }
            boolean multiOutlet = support.get(c) > 1;
            if (!multiOutlet && c.position() > LEAD && picked.size() >= MIN_SENTENCES) {
                continue;
            }
            if (picked.stream().noneMatch(p -> story.repeats(p, c))) {
                picked.add(c);
            }
        }
        picked.sort(readingOrder(story, support));
        return picked.stream().map(s -> new BriefSentence(s.text(), story.citations(s), story.relatedCitations(s)))
                .toList();
    }
}
