package org.storyline.fact;

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
 * {@code a 1,000-kilometre range}. The value is the full number and the canonical unit: {@code 500 km}.
 */
final class QuantityFinder implements MentionFinder {

    /** Lower-cased unit as written to canonical unit. */
    private final Map<String, String> units = new HashMap<>();
    private final Pattern pattern;

    QuantityFinder() {
        Lexicon.groups("units.txt").forEach((alias, unit) -> units.put(alias.toLowerCase(Locale.ROOT), unit));
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
            String unit = units.get(m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\h+", " "));
            String value = Numbers.plain(Numbers.value(m.group("num"), m.group("scale"))) + " " + unit;
            found.add(new Candidate(FactKind.QUANTITY, value, null, m.start(), m.end()));
        }
        return found;
    }
}
