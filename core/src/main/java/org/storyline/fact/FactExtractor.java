package org.storyline.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storyline.model.CleanArticle;
import org.storyline.model.FactKind;

/**
 * Finds the checkable facts an article states: amounts of money, percentages, counts, dates,
 * durations and quantities, with regular expressions and small word lists over the clean text.
 * Relative dates ({@code on Thursday}, {@code next month}, {@code October 17}) are resolved against
 * the article's publication date and skipped when it is unknown. Where two rules claim the same
 * words, money wins over dates, dates over durations, durations over percentages, percentages over
 * quantities and quantities over counts; within a kind the longer span wins ({@code 17 October 2024}
 * over {@code October 2024}). Each mention gets a subject (the noun phrase or count class its finder
 * gives, else for dates, durations, percentages and quantities the event word it attaches to, see
 * {@link EventSubject}) and, for numbers, the hedge before it ({@code nearly}, {@code more than}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FactExtractor {

    private static final List<FactKind> PRIORITY = List.of(FactKind.MONEY, FactKind.DATE, FactKind.DURATION,
            FactKind.PERCENT, FactKind.QUANTITY, FactKind.COUNT);
    private static final Set<FactKind> EVENT_SUBJECTS =
            Set.of(FactKind.DATE, FactKind.DURATION, FactKind.PERCENT, FactKind.QUANTITY);
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparingInt((Candidate c) -> PRIORITY.indexOf(c.kind()))
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start);

    private final List<MentionFinder> finders;
    private final RelativeDateFinder relativeDates = new RelativeDateFinder();

    /** An extractor with the built-in rules and word lists. */
    public FactExtractor() {
        finders = List.of(new MoneyFinder(), new DateFinder(), new TimeFinder(), new DurationFinder(),
                new PercentFinder(), new QuantityFinder(), new CountFinder());
    }

    /**
     * Every fact mention in {@code article}, in text order, with no two mentions sharing a character.
     * Relative dates are resolved against the article's {@code published} date when it has one.
     */
    public List<FactMention> extract(CleanArticle article) {
        return extract(article, Publication.dateOf(article));
    }

    /** Every fact mention in {@code article}, resolving relative dates against {@code published} ({@code null}: skip them). */
    public List<FactMention> extract(CleanArticle article, LocalDate published) {
        String text = article.text();
        List<Candidate> candidates = new ArrayList<>();
        for (MentionFinder finder : finders) {
            candidates.addAll(finder.find(text));
        }
        candidates.addAll(relativeDates.find(text, published));
        candidates.sort(PREFERENCE);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return TimeStamps.join(text, kept).stream().map(c -> mention(article, c)).toList();
    }

    private static FactMention mention(CleanArticle article, Candidate c) {
        String text = article.text();
        String subject = c.subject();
        if (subject == null && EVENT_SUBJECTS.contains(c.kind())) {
            subject = EventSubject.of(text, c.start(), c.end());
        }
        String qualifier = c.kind() == FactKind.DATE ? null : Hedge.before(text, c.start());
        return new FactMention(c.kind(), c.value(), text.substring(c.start(), c.end()), subject,
                article.cite(c.start(), c.end()), c.start(), c.end(), qualifier);
    }
}
