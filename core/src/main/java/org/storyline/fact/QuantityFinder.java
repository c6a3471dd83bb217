package org.storyline.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storyline.model.FactKind;

/**
 * Finds numbers with a unit of measure from {@code units.txt}: {@code 500 km}, {@code 10 tonnes},
 * {@code a 1,000-kilometre range}. The value is the amount in the base unit of its dimension, to ten
 * significant digits, so that units of different systems compare: {@code 500 km} gives
 * {@code 500000 m}, {@code 310 miles} gives {@code 498896.64 m} (the words as written stay in the
 * mention's text). The subject is the noun phrase after the quantity ({@code range}), if any.
 */
final class QuantityFinder implements MentionFinder {

    private static final MathContext DIGITS = new MathContext(10);
    private static final Pattern CANONICAL = Pattern.compile("(?<name>.+?)\\h*=\\h*(?<factor>[0-9.]+)\\h+(?<base>\\S+)");

    /** A unit: its factor to the base unit of its dimension. */
    private record Unit(BigDecimal factor, String base) {
    }

    /** Lower-cased unit as written to its unit. */
    private final Map<String, Unit> units = new HashMap<>();
    private final Pattern pattern;
    private final MoneySubject subject = new MoneySubject();

    QuantityFinder() {
        Lexicon.groups("units.txt").forEach((alias, canonical) -> {
            Matcher m = CANONICAL.matcher(canonical);
            if (!m.matches()) {
                throw new IllegalStateException("units.txt: '" + canonical + "' is not 'unit = factor base'");
            }
            units.put(alias.toLowerCase(Locale.ROOT), new Unit(new BigDecimal(m.group("factor")), m.group("base")));
        });
        String alternation = units.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(alias -> Pattern.quote(alias).replace(" ", "\\E\\h+\\Q"))
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile(Numbers.NUMBER + Numbers.SCALE
                + "(?:\\h*|-)(?<unit>(?i:" + alternation + "))(?![\\p{L}\\p{N}])");
    }

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Unit unit = units.get(m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\h+", " "));
            BigDecimal amount = Numbers.value(m.group("num"), m.group("scale")).multiply(unit.factor()).round(DIGITS);
            found.add(new Candidate(FactKind.QUANTITY, Numbers.plain(amount) + " " + unit.base(),
                    subject.after(text, m.end()), m.start(), m.end()));
        }
        return found;
    }
}
