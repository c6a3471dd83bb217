package org.storyline.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/**
 * Finds lengths of time and gives them as ISO-8601 durations: {@code two and a half years} →
 * {@code P2Y6M}, {@code three days} → {@code P3D}, {@code two weeks} → {@code P14D},
 * {@code 48 hours} → {@code PT48H}, {@code a decade} → {@code P10Y}, {@code half a year} →
 * {@code P6M}. Not durations: ages ({@code 33-year-old}, {@code 33 years old}) and points in time
 * ({@code two years ago}, {@code one day later}, {@code nine days before the vote}: they say when, not how long, and are too vague to
 * resolve to a date). {@code a}, {@code an} and {@code one} count only for decades and centuries or
 * after {@code for}, {@code over}, {@code within}, {@code than} and similar words, so that
 * {@code twice a year} and {@code would one day join} are no durations.
 */
final class DurationFinder implements MentionFinder {

    private static final String UNIT = "(?<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)))";
    private static final String HALF = "(?<half>\\h+and\\h+a\\h+half)?";
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\p{N}_.,:/#-])(?<num>" + Numbers.DIGITS + "|"
            + Numbers.WORDS + "|(?i:an?))" + HALF + "(?:\\h+|-)" + UNIT + "(?<half2>\\h+and\\h+a\\h+half)?(?![\\p{L}\\p{N}])");
    private static final Pattern HALF_A = Pattern.compile("(?<![\\p{L}])(?i:half)\\h+an?\\h+" + UNIT + "(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_LENGTH = Pattern.compile("(?:\\h+|-)(?i:ago|later|earlier|old|before|after|prior|from\\h+now)(?![\\p{L}])");
    private static final Pattern ARTICLE_LEAD = Pattern.compile(
            "(?i:for|over|within|than|about|nearly|almost|after|in|lasting|last|past|spent|took|takes)");
    private static final BigDecimal HALF_VALUE = new BigDecimal("0.5");

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String num = m.group("num");
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            boolean article = num.equalsIgnoreCase("a") || num.equalsIgnoreCase("an");
            boolean vague = article || num.equalsIgnoreCase("one");
            if (vague && !unit.startsWith("decade") && !unit.startsWith("centur") && !afterLead(text, m.start())) {
                continue;
            }
            BigDecimal amount = article ? BigDecimal.ONE : Numbers.value(num, null);
            if (m.group("half") != null || m.group("half2") != null) {
                amount = amount.add(HALF_VALUE);
            }
            add(found, text, amount, unit, m.start(), m.end());
        }
        m = HALF_A.matcher(text);
        while (m.find()) {
            add(found, text, HALF_VALUE, m.group("unit").toLowerCase(Locale.ROOT), m.start(), m.end());
        }
        return found;
    }

    private static void add(List<Candidate> found, String text, BigDecimal amount, String unit, int start, int end) {
        Matcher after = NOT_LENGTH.matcher(text).region(end, text.length());
        String value = after.lookingAt() ? null : iso(amount, unit);
        if (value != null) {
            found.add(new Candidate(FactKind.DURATION, value, null, start, end));
        }
    }

    private static boolean afterLead(String text, int start) {
        Words.Word before = Words.before(text, start);
        return before != null && ARTICLE_LEAD.matcher(before.text()).matches();
    }

    /** The ISO-8601 form of {@code amount} {@code unit}s, or {@code null} when it has no exact one. */
    static String iso(BigDecimal amount, String unit) {
        String u = unit.startsWith("centur") ? "century" : unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return switch (u) {
            case "year", "decade", "century", "month" -> months(amount.multiply(BigDecimal.valueOf(switch (u) {
                case "year" -> 12;
                case "decade" -> 120;
                case "century" -> 1200;
                default -> 1;
            })));
            case "week", "day" -> days(amount.multiply(BigDecimal.valueOf(u.equals("week") ? 7 : 1)));
            default -> minutes(amount.multiply(BigDecimal.valueOf(u.equals("hour") ? 60 : 1)));
        };
    }

    private static String months(BigDecimal months) {
        return isWhole(months) ? Period.ofMonths(months.intValueExact()).normalized().toString() : null;
    }

    private static String days(BigDecimal days) {
        if (isWhole(days)) {
            return Period.ofDays(days.intValueExact()).toString();
        }
        return minutes(days.multiply(BigDecimal.valueOf(24 * 60)));
    }

    private static String minutes(BigDecimal minutes) {
        return isWhole(minutes) ? Duration.ofMinutes(minutes.longValueExact()).toString() : null;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() > 0 && value.setScale(0, RoundingMode.DOWN).compareTo(value) == 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0;
    }
}
