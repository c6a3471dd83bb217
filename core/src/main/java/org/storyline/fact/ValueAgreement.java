package org.storyline.fact;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/**
 * Whether two mentions of the same kind can both be true of one thing. They can when:
 * <ul>
 *   <li>their values are in different currencies, count classes or dimensions (not comparable: money
 *       in euros is never set against money in dollars);</li>
 *   <li>they are equal after normalisation ({@code 1.2 trillion} and {@code 1,200 billion});</li>
 *   <li>one is hedged and the other lies in its range ({@code nearly 21 billion} and {@code 20.9 billion},
 *       see {@link Hedge}), or both are hedged;</li>
 *   <li>quantities or durations written in different units are within 2% (conversion rounding:
 *       {@code 500 km} and {@code 310 miles}; {@code 48 hours} and {@code two days});</li>
 *   <li>dates: one contains the other ({@code 2024-10} and {@code 2024-10-17}), or a time of day and
 *       an instant have the same time, or a time of day is set against a day (not comparable).</li>
 * </ul>
 * Two exact values that differ otherwise disagree, however close: {@code 20.9 billion} and
 * {@code 21 billion} stated flatly are a conflict.
 */
final class ValueAgreement {

    private static final Pattern TIME_ONLY = Pattern.compile("\\d{2}:\\d{2}Z");
    private static final BigDecimal UNIT_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);

    private ValueAgreement() {
    }

    /** A value as an amount of something: {@code EUR} 40000000000, {@code countries} 32, {@code m} 500000. */
    private record Measure(String dimension, BigDecimal amount) {
    }

    /** Whether {@code a} and {@code b} (same kind) can both be true. */
    static boolean agree(FactMention a, FactMention b) {
        if (a.kind() != b.kind()) {
            throw new IllegalArgumentException("cannot compare " + a.kind().label() + " with " + b.kind().label());
        }
        if (a.value().equals(b.value())) {
            return true;
        }
        if (a.kind() == FactKind.DATE) {
            return datesAgree(a.value(), b.value());
        }
        Measure x = measure(a);
        Measure y = measure(b);
        if (x == null || y == null || !x.dimension().equals(y.dimension())) {
            return true;
        }
        if (a.qualifier() != null || b.qualifier() != null) {
            return a.qualifier() == null ? Hedge.admits(b.qualifier(), y.amount(), x.amount())
                    : b.qualifier() == null ? Hedge.admits(a.qualifier(), x.amount(), y.amount()) : true;
        }
        boolean convertible = a.kind() == FactKind.QUANTITY || a.kind() == FactKind.DURATION;
        if (convertible && !unitWord(a.text()).equals(unitWord(b.text()))) {
            BigDecimal allowed = x.amount().abs().max(y.amount().abs()).multiply(UNIT_TOLERANCE);
            return x.amount().subtract(y.amount()).abs().compareTo(allowed) <= 0;
        }
        return x.amount().compareTo(y.amount()) == 0;
    }

    private static boolean datesAgree(String a, String b) {
        boolean timeA = TIME_ONLY.matcher(a).matches();
        boolean timeB = TIME_ONLY.matcher(b).matches();
        if (timeA || timeB) {
            String other = timeA ? b : a;
            String time = timeA ? a : b;
            return !other.contains("T") || other.endsWith("T" + time);
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    private static Measure measure(FactMention m) {
        String value = m.value();
        return switch (m.kind()) {
            case MONEY -> new Measure(value.substring(0, value.indexOf(' ')), new BigDecimal(value.substring(value.indexOf(' ') + 1)));
            case COUNT, QUANTITY -> new Measure(value.substring(value.indexOf(' ') + 1), new BigDecimal(value.substring(0, value.indexOf(' '))));
            case PERCENT -> new Measure("%", new BigDecimal(value.substring(0, value.length() - 1)));
            case DURATION -> new Measure("days", days(value));
            case DATE -> null;
        };
    }

    /** An ISO-8601 duration in days, months counted at their mean length. */
    private static BigDecimal days(String iso) {
        if (iso.startsWith("PT")) {
            return BigDecimal.valueOf(Duration.parse(iso).toMinutes()).divide(MINUTES_PER_DAY, java.math.MathContext.DECIMAL64);
        }
        Period p = Period.parse(iso);
        return BigDecimal.valueOf(p.toTotalMonths()).multiply(DAYS_PER_MONTH).add(BigDecimal.valueOf(p.getDays()));
    }

    /** The last word of a mention's text, the unit as written: {@code 310 miles} → {@code miles}. */
    private static String unitWord(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words[words.length - 1];
    }
}
