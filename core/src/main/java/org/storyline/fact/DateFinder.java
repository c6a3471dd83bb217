package org.storyline.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/**
 * Finds explicit calendar dates: {@code October 17, 2024}, {@code 17 October 2024} and
 * {@code 2024-10-17} give {@code 2024-10-17}; {@code July 2024} gives {@code 2024-07}; a bare year
 * after a preposition ({@code in 1997}, {@code since 2014}) gives {@code 1997}, citing the year alone.
 * Dates without a year and relative dates ({@code on Thursday}) are left to a later stage.
 */
final class DateFinder implements MentionFinder {

    private static final String YEAR = "(?<year>[12]\\d{3})(?![\\p{L}\\p{N}]|[.,]\\d|-\\d)";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Months.PATTERN + "\\h+" + DAY + ",?\\h+" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + DAY + "\\h+(?:of\\h+)?" + Months.PATTERN + ",?\\h+" + YEAR);
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?<year>[12]\\d{3})-(?<mm>[01]\\d)-(?<day>[0-3]\\d)(?![\\p{L}\\p{N}]|-\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Months.PATTERN + ",?\\h+" + YEAR);
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?<prep>(?i:in|since|until|till|by|from|to|before|after|during|of|through))"
            + "\\h+(?:(?i:early|mid|late)[-\\h])?" + YEAR);

    /** Prepositions that also introduce amounts; after the others a year is a year ({@code in 1997 allies met}). */
    private static final Set<String> AMOUNT_PREPOSITIONS = Set.of("to", "of", "by", "from");

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        collectDays(MONTH_DAY_YEAR.matcher(text), found);
        collectDays(DAY_MONTH_YEAR.matcher(text), found);
        collectDays(ISO.matcher(text), found);
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            String value = m.group("year") + "-" + twoDigits(Months.number(m.group("month")));
            found.add(new Candidate(FactKind.DATE, value, null, m.start(), m.end()));
        }
        m = BARE_YEAR.matcher(text);
        while (m.find()) {
            if (!amountAfter(m.group("prep"), text, m.end())) {
                found.add(new Candidate(FactKind.DATE, m.group("year"), null, m.start("year"), m.end()));
            }
        }
        return found;
    }

    private static void collectDays(Matcher m, List<Candidate> found) {
        while (m.find()) {
            int month = m.pattern() == ISO ? Integer.parseInt(m.group("mm")) : Months.number(m.group("month"));
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month,
                        Integer.parseInt(m.group("day")));
                found.add(new Candidate(FactKind.DATE, date.toString(), null, m.start(), m.end()));
            } catch (DateTimeException e) {
                // not a real date (October 32): not a fact
            }
        }
    }

    /** Whether the year is really a number of things: {@code up to 2000 troops}, {@code a total of 2000 votes}. */
    private static boolean amountAfter(String preposition, String text, int end) {
        if (!AMOUNT_PREPOSITIONS.contains(preposition.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Words.Word> next = Words.after(text, end, 1);
        return !next.isEmpty() && CountClasses.isCountedPlural(next.get(0).text());
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
