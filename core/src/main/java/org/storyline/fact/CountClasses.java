package org.storyline.fact;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the noun a number counts into a count class, so that {@code 32 member states},
 * {@code 32 countries} and {@code 32 allies} agree. Plurals are lemmatised simply (strip -s, -es,
 * -ies; irregular plurals from {@code irregular-plurals.txt}) and looked up in
 * {@code count-classes.txt}, first with the modifier before the head ({@code member state}), then
 * the head alone. A noun with no class keeps its plural as written.
 */
final class CountClasses {

    private static final Set<String> NOT_COUNTED = Lexicon.words("not-counted.txt");
    private static final Map<String, String> IRREGULAR = lowerCase(Lexicon.groups("irregular-plurals.txt"));

    /** Lemma to class label. */
    private final Map<String, String> classes = new HashMap<>();
    /** Class label to the largest count it may have. */
    private final Map<String, BigDecimal> limits = new HashMap<>();

    CountClasses() {
        Lexicon.groups("count-classes.txt").forEach((lemma, label) -> {
            String[] parts = label.split("<=");
            String name = parts[0].strip();
            classes.put(lemma.toLowerCase(Locale.ROOT), name);
            if (parts.length > 1) {
                limits.put(name, new BigDecimal(parts[1].strip()));
            }
        });
    }

    /** Whether {@code word} is a lower-case plural noun that a number can count. */
    static boolean isCountedPlural(String word) {
        if (!Character.isLowerCase(word.charAt(0)) || FunctionWords.contains(word)) {
            return false;
        }
        String lemma = lemma(word);
        return lemma != null && !NOT_COUNTED.contains(lemma) && !NOT_COUNTED.contains(word);
    }

    /** The singular of a plural noun, or {@code null} when {@code word} does not look plural. */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() < 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("'s") || w.endsWith("’s")) {
            return null;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /**
     * The class of {@code count} {@code head}s, where {@code modifier} is the word before the head or
     * {@code null}.
     */
    String classOf(String modifier, String head, BigDecimal count) {
        String lemma = lemma(head);
        String label = modifier == null ? null : classes.get(modifier.toLowerCase(Locale.ROOT) + " " + lemma);
        if (label == null) {
            label = classes.get(lemma);
        }
        if (label == null || limits.containsKey(label) && count.compareTo(limits.get(label)) > 0) {
            return head.toLowerCase(Locale.ROOT);
        }
        return label;
    }

    private static Map<String, String> lowerCase(Map<String, String> plurals) {
        Map<String, String> lower = new HashMap<>();
        plurals.forEach((plural, lemma) -> lower.put(plural.toLowerCase(Locale.ROOT), lemma.toLowerCase(Locale.ROOT)));
        return Map.copyOf(lower);
    }
}
