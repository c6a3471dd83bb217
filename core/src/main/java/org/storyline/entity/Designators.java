package org.storyline.entity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.internal.WordList;

/**
 * The generic words that names of places and organisations carry ({@code designators.txt}: {@code Hospital},
 * {@code Island}, {@code Court}, {@code Police}). Two names that share only such a word ({@code Mount Sinai Hospital},
 * {@code Jamaica Hospital}) are not one name.
 */
public final class Designators {

    private static final Set<String> WORDS = WordList.lines(Designators.class, "designators.txt").stream()
            .map(l -> l.substring(l.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT))
            .filter(w -> !w.contains(" "))
            .collect(Collectors.toUnmodifiableSet());

    private Designators() {
    }

    /** Whether {@code word} (any case) is, alone, a generic word of a name of a place or an organisation. */
    public static boolean isDesignator(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
