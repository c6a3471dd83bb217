package org.storyline.fact;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as news prose writes them: digits with thousands commas and decimals ({@code 20.9},
 * {@code 5,000}), number words ({@code ten}, {@code twenty-five}) and scale words
 * ({@code billion}, {@code bn}, {@code m}). Regex fragments here use the named groups {@code num}
 * and {@code scale}.
 */
final class Numbers {

    private static final String[] UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final String[] TEENS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** Digits: {@code 5,000}, {@code 20.9}, {@code 1997}; never a part of a longer number. */
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![.,]?\\d)";

    /** Number words from one to ninety-nine. */
    static final String WORDS = "(?i:(?:" + String.join("|", TENS) + ")(?:-(?:" + String.join("|", UNITS) + "))?|"
            + String.join("|", TEENS) + "|" + String.join("|", UNITS) + ")(?![\\p{L}])";

    /** A number in digits or words, not glued to a word, code or other number before it. */
    static final String NUMBER = "(?<![\\p{L}\\p{N}_.,:/#-])(?<num>" + DIGITS + "|" + WORDS + ")";

    /** A number in digits only, for use right after a currency symbol or code. */
    static final String DIGIT_NUMBER = "(?<num>" + DIGITS + ")";

    /** An optional spelled-out scale word after a number: {@code 2 million}. */
    static final String SCALE = "(?:\\h+(?<scale>(?i:thousand|million|billion|trillion))(?![\\p{L}]))?";

    /** An optional scale word or abbreviation after an amount of money: {@code 40bn}, {@code £300m}. */
    static final String MONEY_SCALE =
            "(?:\\h*(?<scale>(?i:thousand|million|billion|trillion|bn|mln|mn|tn|m|b|k)))?(?![\\p{L}])";

    private static final Map<String, Integer> WORD_VALUES = wordValues();
    private static final BigDecimal THOUSAND = BigDecimal.TEN.pow(3);

    private Numbers() {
    }

    /** The value of a number matched by {@link #NUMBER} times the scale (may be {@code null}). */
    static BigDecimal value(String number, String scale) {
        BigDecimal base;
        Integer word = WORD_VALUES.get(number.toLowerCase(Locale.ROOT));
        if (word != null) {
            base = BigDecimal.valueOf(word);
        } else {
            try {
                base = new BigDecimal(number.replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: '" + number + "'", e);
            }
        }
        return base.multiply(multiplier(scale));
    }

    /** The factor a scale word or abbreviation stands for; 1 for {@code null}. Billions are 10^9. */
    static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> THOUSAND;
            case "million", "m", "mn", "mln" -> THOUSAND.pow(2);
            case "billion", "bn", "b" -> THOUSAND.pow(3);
            case "trillion", "tn" -> THOUSAND.pow(4);
            default -> throw new IllegalArgumentException("unknown scale word: '" + scale + "'");
        };
    }

    /** A value written out in full, without exponent or trailing zeros: {@code 20900000000}, {@code 2.5}. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Whether digits look like a year (four digits without separator, 1000 to 2999). */
    static boolean looksLikeYear(String number) {
        return number.length() == 4 && number.chars().allMatch(Character::isDigit)
                && (number.charAt(0) == '1' || number.charAt(0) == '2');
    }

    private static Map<String, Integer> wordValues() {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < UNITS.length; i++) {
            values.put(UNITS[i], i + 1);
        }
        for (int i = 0; i < TEENS.length; i++) {
            values.put(TEENS[i], i + 10);
        }
        for (int i = 0; i < TENS.length; i++) {
            int tens = (i + 2) * 10;
            values.put(TENS[i], tens);
            for (int u = 0; u < UNITS.length; u++) {
                values.put(TENS[i] + "-" + UNITS[u], tens + u + 1);
            }
        }
        return Map.copyOf(values);
    }
}
