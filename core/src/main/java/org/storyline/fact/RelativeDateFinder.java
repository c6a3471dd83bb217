package org.storyline.fact;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;
import org.storyline.model.Span;

/**
 * Finds dates that need the publication date to mean anything, and resolves them against it:
 * <ul>
 *   <li>weekdays: {@code last Friday} is the latest Friday before publication, {@code next Monday}
 *       the first Monday after it; a weekday alone or after {@code on}/{@code this} is resolved by the
 *       tense of its clause ({@link Tense}): past gives the latest such day on or before publication,
 *       future the first on or after; an unclear tense skips the weekday rather than guessing;</li>
 *   <li>{@code yesterday}, {@code today}, {@code tonight}, {@code tomorrow};</li>
 *   <li>{@code last}/{@code this}/{@code next month} ({@code 2024-11}) and {@code year} ({@code 2025});</li>
 *   <li>days without a year ({@code October 17}, {@code 17 Oct}) and months after a preposition
 *       ({@code in January}): the year that puts the date nearest the publication date.</li>
 * </ul>
 * Without a publication date nothing is found.
 */
final class RelativeDateFinder {

    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:(?<mod>(?i:this|last|next))\\h+)?"
            + "(?<day>" + WEEKDAYS + ")(?![\\p{L}])");
    private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}])(?<word>(?i:yesterday|today|tonight|tomorrow))(?![\\p{L}])");
    private static final Pattern PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?<mod>(?i:this|last|next))\\h+(?<unit>(?i:month|year))(?![\\p{L}])");
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String NO_YEAR = "(?!,?\\h+[12]\\d{3}|[\\p{L}\\p{N}])";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Months.PATTERN + "\\h+" + DAY + NO_YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N},.])" + DAY + "\\h+(?:of\\h+)?" + Months.PATTERN + NO_YEAR);
    private static final Pattern PREPOSITION_MONTH = Pattern.compile(
            "(?<![\\p{L}])(?i:in|since|until|by|before|after|during|from|through)\\h+(?:(?i:early|late|mid)[-\\h])?"
                    + "(?<month>January|February|March|April|June|July|August|September|October|November|December)"
                    + "(?![\\p{L}]|,?\\h+\\d)");

    /** Every relative date of {@code text} resolved against {@code published}; none when it is {@code null}. */
    List<Candidate> find(String text, LocalDate published) {
        List<Candidate> found = new ArrayList<>();
        if (published == null) {
            return found;
        }
        weekdays(text, published, found);
        Matcher m = DAY_WORD.matcher(text);
        while (m.find()) {
            String word = m.group("word").toLowerCase(Locale.ROOT);
            int shift = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
            add(found, published.plusDays(shift).toString(), m.start(), m.end());
        }
        m = PERIOD.matcher(text);
        while (m.find()) {
            String mod = m.group("mod").toLowerCase(Locale.ROOT);
            int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
            String value = m.group("unit").equalsIgnoreCase("month")
                    ? YearMonth.from(published).plusMonths(shift).toString()
                    : Integer.toString(published.getYear() + shift);
            add(found, value, m.start(), m.end());
        }
        daysWithoutYear(MONTH_DAY.matcher(text), published, found);
        daysWithoutYear(DAY_MONTH.matcher(text), published, found);
        m = PREPOSITION_MONTH.matcher(text);
        while (m.find()) {
            LocalDate mid = nearest(Months.number(m.group("month")), 15, published);
            add(found, YearMonth.from(mid).toString(), m.start("month"), m.end());
        }
        return found;
    }

    private static void weekdays(String text, LocalDate published, List<Candidate> found) {
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
            String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
            int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
            LocalDate date;
            if (mod.equals("last")) {
                date = published.minusDays(back == 0 ? 7 : back);
            } else if (mod.equals("next")) {
                date = published.plusDays(ahead == 0 ? 7 : ahead);
            } else {
                Span sentence = Sentences.around(text, m.start());
                Tense.Value tense = Tense.at(sentence.of(text), m.start() - sentence.start(), m.end() - sentence.start());
                if (tense == null) {
                    continue;
                }
                date = tense == Tense.Value.PAST ? published.minusDays(back) : published.plusDays(ahead);
            }
            add(found, date.toString(), m.start(), m.end());
        }
    }

    private static void daysWithoutYear(Matcher m, LocalDate published, List<Candidate> found) {
        while (m.find()) {
            try {
                LocalDate date = nearest(Months.number(m.group("month")), Integer.parseInt(m.group("day")), published);
                add(found, date.toString(), m.start(), m.end());
            } catch (DateTimeException e) {
                // not a real day (October 32): not a date
            }
        }
    }

    /** The date {@code month}/{@code day} in the year before, of or after publication that lies nearest it. */
    private static LocalDate nearest(int month, int day, LocalDate published) {
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (best == null || Math.abs(ChronoUnit.DAYS.between(published, date))
                    < Math.abs(ChronoUnit.DAYS.between(published, best))) {
                best = date;
            }
        }
        if (best == null) {
            throw new DateTimeException("no day " + month + "/" + day + " near " + published);
        }
        return best;
    }

    private static void add(List<Candidate> found, String value, int start, int end) {
        found.add(new Candidate(FactKind.DATE, value, null, start, end));
    }
}
