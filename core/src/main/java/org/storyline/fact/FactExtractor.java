package org.storyline.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.CleanArticle;
import org.storyline.model.FactKind;

/**
 * Finds the checkable facts an article states: amounts of money, percentages, counts, dates and
 * quantities, with regular expressions and small word lists over the clean text. Where two rules
 * claim the same words, money wins over dates, dates over percentages, percentages over quantities
 * and quantities over counts; within a kind the longer span wins ({@code 17 October 2024} over
 * {@code October 2024}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FactExtractor {

    private static final List<FactKind> PRIORITY =
            List.of(FactKind.MONEY, FactKind.DATE, FactKind.PERCENT, FactKind.QUANTITY, FactKind.COUNT);
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparingInt((Candidate c) -> PRIORITY.indexOf(c.kind()))
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start);

    private final List<MentionFinder> finders;

    /** An extractor with the built-in rules and word lists. */
    public FactExtractor() {
        finders = List.of(new MoneyFinder(), new DateFinder(), new TimeFinder(), new PercentFinder(),
                new QuantityFinder(), new CountFinder());
    }

    /** Every fact mention in {@code article}, in text order, with no two mentions sharing a character. */
    public List<FactMention> extract(CleanArticle article) {
        String text = article.text();
        List<Candidate> candidates = new ArrayList<>();
        for (MentionFinder finder : finders) {
            candidates.addAll(finder.find(text));
        }
        candidates.sort(PREFERENCE);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept.stream()
                .map(c -> new FactMention(c.kind(), c.value(), text.substring(c.start(), c.end()), c.subject(),
                        article.cite(c.start(), c.end()), c.start(), c.end()))
                .toList();
    }
}
