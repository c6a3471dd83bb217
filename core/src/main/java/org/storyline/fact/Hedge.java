package org.storyline.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How loosely a number is stated, read from the words right before it ({@code nearly €21 billion},
 * {@code more than 20 countries}), from {@code hedges.txt}. A hedged number is a range; an exact
 * number from another outlet agrees with it when it lies in that range.
 */
final class Hedge {

    private static final Map<String, String> HEDGES = Lexicon.groups("hedges.txt");
    private static final int MAX_WORDS = 4;
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private Hedge() {
    }

    /** The hedge label ({@code about}, {@code nearly}, {@code more than}, ...) right before {@code start}, or {@code null}. */
    static String before(String text, int start) {
        List<String> words = new ArrayList<>();
        int at = start;
        for (int i = 0; i < MAX_WORDS; i++) {
            Words.Word word = Words.before(text, at);
            if (word == null) {
                break;
            }
            words.add(0, word.text().toLowerCase(Locale.ROOT));
            at = word.start();
        }
        return words.isEmpty() ? null : longestSuffix(words);
    }

    private static String longestSuffix(List<String> words) {
        for (int n = words.size(); n >= 1; n--) {
            String label = HEDGES.get(String.join(" ", words.subList(words.size() - n, words.size())));
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** Whether exact value {@code other} lies in the range that {@code hedge} {@code value} states. */
    static boolean admits(String hedge, BigDecimal value, BigDecimal other) {
        BigDecimal tenth = value.abs().multiply(TENTH);
        return switch (hedge) {
            case "about" -> other.subtract(value).abs().compareTo(tenth) <= 0;
            case "nearly" -> other.compareTo(value) <= 0 && other.compareTo(value.subtract(tenth)) >= 0;
            case "more than", "at least" -> other.compareTo(value) >= 0;
            case "up to", "less than" -> other.compareTo(value) <= 0;
            default -> throw new IllegalArgumentException("unknown hedge '" + hedge + "' (see hedges.txt)");
        };
    }
}
