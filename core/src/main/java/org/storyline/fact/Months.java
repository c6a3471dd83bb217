package org.storyline.fact;

import java.util.HashMap;
import java.util.Map;

/** English month names and their abbreviations, capitalised as in running text. */
final class Months {

    private static final String[] NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** A month name or abbreviation ({@code October}, {@code Oct.}, {@code Sept}) in the named group {@code month}. */
    static final String PATTERN = "(?<month>" + String.join("|", NAMES)
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])";

    private static final Map<String, Integer> NUMBERS = numbers();

    private Months() {
    }

    /** The month's number 1..12, or 0 when {@code word} is no month. */
    static int number(String word) {
        String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return NUMBERS.getOrDefault(key, 0);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            numbers.put(NAMES[i], i + 1);
            numbers.put(NAMES[i].substring(0, 3), i + 1);
        }
        numbers.put("Sept", 9);
        return Map.copyOf(numbers);
    }
}
