package org.storyline.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.fact.FactMention;
import org.storyline.model.Citation;
import org.storyline.model.FactKind;
import org.storyline.model.TimelineEvent;

/**
 * The story's dated events: every summary-worthy sentence that states a calendar date (a year, a month, a
 * day or an instant, relative dates already resolved by the fact extractor) is an event on that date. A
 * sentence that names the same date and repeats the event's first sentence (by words or meaning) is the
 * same event: it adds its citation when it also backs the first sentence, as the citation checker
 * requires, and is otherwise left out rather than told twice; a sentence with several dates is placed at its most precise one. Events are in
 * date order, and at most {@link #MAX_EVENTS} of them are kept, the best supported.
 */
final class TimelineBuilder {

    static final int MAX_EVENTS = 12;
    private static final Pattern CALENDAR = Pattern.compile("[12]\\d{3}(-[01]\\d(-[0-3]\\d(T[0-2]\\d:[0-5]\\dZ?)?)?)?");

    private TimelineBuilder() {
    }

    static List<TimelineEvent> build(StorySentences story, List<FactMention> facts) {
        List<Dated> dated = new ArrayList<>();
        for (StorySentence s : story.all()) {
            if (s.eligible()) {
                String when = mostPrecise(s, facts);
                if (when != null) {
                    dated.add(new Dated(when, s));
                }
            }
        }
        List<Event> events = new ArrayList<>();
        for (Dated d : dated) {
            Event same = events.stream()
                    .filter(e -> e.when.equals(d.when) && story.repeats(e.first, d.sentence))
                    .findFirst().orElse(null);
            if (same == null) {
                events.add(new Event(d.when, d.sentence));
            } else if (story.backs(d.sentence, same.first)) {
                same.sources.add(d.sentence.citation());
            }
        }
        return events.stream()
                .sorted(Comparator.comparingInt((Event e) -> articles(e.sources)).reversed()
                        .thenComparingDouble(e -> e.first.position()))
                .limit(MAX_EVENTS)
                .sorted(Comparator.comparing((Event e) -> e.when).thenComparingDouble(e -> e.first.position()))
                .map(e -> new TimelineEvent(e.when, e.first.text(), List.copyOf(e.sources)))
                .toList();
    }

    /** The most precise calendar value among the date facts inside {@code s}, or {@code null}. */
    private static String mostPrecise(StorySentence s, List<FactMention> facts) {
        String best = null;
        for (FactMention f : facts) {
            if (f.kind() == FactKind.DATE && f.article().equals(s.article().id())
                    && f.cleanStart() >= s.sentence().start() && f.cleanEnd() <= s.sentence().end()
                    && CALENDAR.matcher(f.value()).matches()
                    && (best == null || f.value().length() > best.length())) {
                best = f.value();
            }
        }
        return best;
    }

    private static int articles(Set<Citation> sources) {
        return (int) sources.stream().map(Citation::article).distinct().count();
    }

    private record Dated(String when, StorySentence sentence) {
    }

    /** An event being gathered: its date, its first sentence, and every citation so far. */
    private static final class Event {
        final String when;
        final StorySentence first;
        final Set<Citation> sources = new LinkedHashSet<>();

        Event(String when, StorySentence first) {
            this.when = when;
            this.first = first;
            sources.add(first.citation());
        }
    }
}
