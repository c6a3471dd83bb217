package org.storyline.fact;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of the sentence that states a fact, to tell whether two outlets speak of the
 * same thing. Content words are lower-case words that are not function words, months or number
 * words, minus the words of the fact itself and of its subject (shared anyway) and minus capitalised
 * words (names such as a country or an alliance are shared by every sentence of a story). Words are
 * compared by a crude stem (plural, -ed and -ing endings cut, first six letters).
 */
final class StatementContext {

    /** Least number of shared content words. */
    static final int MIN_SHARED = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern NUMBER_WORD = Pattern.compile(Numbers.WORDS + "|(?i:thousand|million|billion|trillion|half|percent)");

    private StatementContext() {
    }

    /** The stems of the content words of {@code sentence}, without those of {@code exclude} (the fact's words and its subject). */
    static Set<String> words(String sentence, String exclude) {
        Set<String> excluded = stems(exclude);
        Set<String> words = stems(sentence);
        words.removeAll(excluded);
        return words;
    }

    /**
     * Whether two statements are about the same thing: they share at least {@link #MIN_SHARED} content
     * words, and at least half of all the content words of the two ({@code shared / union >= 0.5}): the
     * same claim with another figure, not two sentences of the same topic.
     */
    static boolean same(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return shared.size() >= MIN_SHARED && 2 * shared.size() >= union.size();
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (Character.isLowerCase(word.charAt(0)) && !FunctionWords.contains(word)
                    && !NUMBER_WORD.matcher(word).matches()) {
                stems.add(stem(word.toLowerCase(Locale.ROOT)));
            }
        }
        return stems;
    }

    static String stem(String word) {
        String w = word.replaceAll("(['’]s|['’])$", "");
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 6 ? w.substring(0, 6) : w;
    }
}
