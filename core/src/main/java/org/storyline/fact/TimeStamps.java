package org.storyline.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;
import org.storyline.model.Span;

/**
 * Joins a UTC time of day with the day its sentence states: {@code on October 17, 2024 at 6:20 PM
 * (1620 GMT)} gives the instant {@code 2024-10-17T16:20Z}. The day is taken as the UTC day (a time
 * close to midnight in a far zone may be a day off). A time whose sentence states no day, or several
 * different days, keeps its time alone ({@code 16:20Z}).
 */
final class TimeStamps {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}Z");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TimeStamps() {
    }

    /** {@code kept} with every time that has one day in its sentence turned into an instant. */
    static List<Candidate> join(String text, List<Candidate> kept) {
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(c.kind() == FactKind.DATE && TIME.matcher(c.value()).matches() ? withDay(text, c, kept) : c);
        }
        return out;
    }

    private static Candidate withDay(String text, Candidate time, List<Candidate> kept) {
        Span sentence = Sentences.around(text, time.start());
        List<String> days = kept.stream()
                .filter(c -> c.kind() == FactKind.DATE && DAY.matcher(c.value()).matches())
                .filter(c -> c.start() >= sentence.start() && c.end() <= sentence.end())
                .map(Candidate::value).distinct().toList();
        if (days.size() != 1) {
            return time;
        }
        return new Candidate(FactKind.DATE, days.get(0) + "T" + time.value(), time.subject(), time.start(), time.end());
    }
}
