package org.storyline.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Token;

/**
 * Acronyms and the words they stand for: a claim that writes {@code DUI} states what a passage writes {@code driving
 * under the influence}, as news style spells an acronym out on first use and abbreviates it after.
 */
final class Acronyms {

    /** The most words an acronym stands for. */
    static final int MAX_WORDS = 6;
    /**
     * Fewest letters of an acronym spelled by words in lower case ({@code driving under the influence}); two words
     * in lower case ({@code to vote}) spell a two-letter acronym by chance, two capitalised words ({@code Hewlett
     * Packard}) do not.
     */
    static final int MIN_LOWER_CASE = 3;
    /** Words an acronym may leave out ({@code Relief and Works Agency}: {@code RWA}). */
    private static final Set<String> SKIPPED = Set.of("the", "of", "and", "a", "an", "for", "&");

    private Acronyms() {
    }

    /** Whether {@code t} is written as an acronym: two to six capitals and nothing else. */
    static boolean isAcronym(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.length() <= MAX_WORDS && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * The acronyms the words of {@code tokens} spell, lower case: the initials of every run of two to
     * {@value #MAX_WORDS} words, with and without the words an acronym may leave out (of two letters only when the
     * words are capitalised), and of the parts of a hyphenated word ({@code Hewlett-Packard}: {@code hp}).
     */
    static Set<String> spelled(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String> parts = TextCore.hyphenParts(tokens.get(i).text());
            if (parts.size() >= 2 && parts.size() <= MAX_WORDS
                    && (parts.size() >= MIN_LOWER_CASE
                        || parts.stream().allMatch(p -> Character.isUpperCase(p.charAt(0))))) {
                out.add(parts.stream().map(p -> p.substring(0, 1).toLowerCase(Locale.ROOT)).reduce("", String::concat));
            }
            StringBuilder all = new StringBuilder();
            StringBuilder kept = new StringBuilder();
            boolean capitals = true;
            for (int j = i; j < tokens.size() && j - i < MAX_WORDS + SKIPPED.size(); j++) {
                String w = tokens.get(j).text();
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    break;
                }
                char initial = Character.toLowerCase(w.charAt(0));
                all.append(initial);
                if (!SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                    kept.append(initial);
                    capitals &= Character.isUpperCase(w.charAt(0));
                }
                if (j > i && all.length() <= MAX_WORDS && (capitals || all.length() >= MIN_LOWER_CASE)) {
                    out.add(all.toString());
                }
                if (j > i && kept.length() >= 2 && kept.length() <= MAX_WORDS
                        && (capitals || kept.length() >= MIN_LOWER_CASE)) {
                    out.add(kept.toString());
                }
                if (kept.length() > MAX_WORDS) {
                    break;
                }
            }
        }
        return out;
    }
}
