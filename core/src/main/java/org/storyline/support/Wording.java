package org.storyline.support;

import java.util.List;
import java.util.Locale;
import org.storyline.lexicon.WordNet;

/**
 * Whether a passage words a claim's term: the same stem, a WordNet synonym, its parts, its acronym's words, or for a
 * noun of a person, a person's name.
 */
final class Wording {

    private Wording() {
    }

    /**
     * Whether the passage has the claim's term ({@code lemma/TAG}), one of its synonyms, or every part of a
     * hyphenated term ({@code free trade} for {@code free-trade}), or the words an acronym stands for; a run of
     * proper nouns is met by any of its words ({@code Emmy} for {@code Primetime Emmy}), as a name is; a common noun
     * for people that opens the claim as its subject ({@code The men were arrested}) is met by a passage that names a
     * person the claim does not name ({@code Oler and Blackmore}), as news names whom a summary describes.
     */
    static boolean covers(TextCore passage, String term, TextCore claim) {
        int slash = term.lastIndexOf('/');
        String tag = term.substring(slash + 1);
        for (String word : term.substring(0, slash).split(" ")) {
            if (coversWord(passage, word, tag) || isPerson(word, tag) && word.equals(claim.subject())
                    && !claim.keys().containsAll(passage.persons())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(String word, String tag) {
        return (tag.equals("NN") || tag.equals("NNS")) && WordNet.isPerson(word);
    }

    private static boolean coversWord(TextCore passage, String written, String tag) {
        String lemma = written.toLowerCase(Locale.ROOT);
        if (!written.equals(lemma) && passage.acronyms().contains(lemma)) {
            return true;
        }
        List<String> parts = TextCore.hyphenParts(lemma);
        return passage.stems().contains(TextCore.stem(lemma))
                || WordNet.synonyms(lemma, tag).stream().anyMatch(w -> passage.stems().contains(TextCore.stem(w)))
                || !parts.isEmpty() && parts.stream().allMatch(w -> passage.stems().contains(TextCore.stem(w)));
    }
}
