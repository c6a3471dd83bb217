package org.storyline.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/** Finds percentages: {@code 2%}, {@code 2 percent}, {@code two per cent}; the value is {@code 2%}. */
final class PercentFinder implements MentionFinder {

    private static final Pattern PERCENT = Pattern.compile(Numbers.NUMBER
            + "(?:\\h?%|\\h+(?i:percent|per\\h+cent|pct)(?![\\p{L}]))");

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            String value = Numbers.plain(Numbers.value(m.group("num"), null)) + "%";
            found.add(new Candidate(FactKind.PERCENT, value, null, m.start(), m.end()));
        }
        return found;
    }
}
