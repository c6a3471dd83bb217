package org.storyline.fact;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an amount of money is for, read from the words right after it when they form a noun phrase:
 * {@code €20.9 billion in military assistance to ...} gives {@code military assistance},
 * {@code a €40 billion military aid goal} gives {@code military aid} (frame nouns such as
 * {@code goal} or {@code package}, from {@code money-frames.txt}, are dropped at the end).
 */
final class MoneySubject {

    private static final int MAX_WORDS = 4;
    private static final Set<String> FRAMES = Lexicon.words("money-frames.txt");
    private static final Set<String> LEADS = Set.of("in", "of", "worth");

    /** The subject phrase after clean offset {@code end} of {@code text}, lower-cased, or {@code null}. */
    String after(String text, int end) {
        List<Words.Word> words = Words.after(text, end, MAX_WORDS + 2);
        int i = 0;
        while (i < words.size() && i < 2 && LEADS.contains(words.get(i).text())) {
            i++;
        }
        int first = i;
        while (i < words.size() && i - first < MAX_WORDS && isPhraseWord(words.get(i).text())) {
            i++;
        }
        int last = i;
        while (last > first && FRAMES.contains(words.get(last - 1).text().toLowerCase(Locale.ROOT))) {
            last--;
        }
        if (last == first) {
            return null;
        }
        return words.subList(first, last).stream()
                .map(w -> w.text().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** A lower-case content word that is not an adverb or a past participle ending the phrase. */
    private static boolean isPhraseWord(String word) {
        return Character.isLowerCase(word.charAt(0)) && !FunctionWords.contains(word)
                && !word.endsWith("ly") && !word.endsWith("ed");
    }
}
