package org.storyline.fact;

import java.util.Locale;
import java.util.Set;

/**
 * Words that end a noun phrase after a number or an amount (articles, prepositions, auxiliaries,
 * common verbs of news prose), from {@code function-words.txt}.
 */
final class FunctionWords {

    private static final Set<String> WORDS = Lexicon.words("function-words.txt");

    private FunctionWords() {
    }

    /** Whether {@code word} is a function word, in any case. */
    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
