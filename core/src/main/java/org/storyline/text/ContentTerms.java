package org.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Token;

/**
 * The content terms of tokens: lower-cased lemmas of nouns, proper nouns, verbs, adjectives and numbers,
 * without light verbs and stop words. Proper nouns are folded to ASCII so spellings with and without
 * diacritics meet.
 */
public final class ContentTerms {

    private static final Set<String> LIGHT = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "say", "get", "make", "go", "also", "not", "'s", "’s");

    private ContentTerms() {
    }

    /** The content terms of {@code tokens}, in order, with repeats. */
    public static List<String> of(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            String pos = t.pos();
            boolean content = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD");
            if (!content) {
                continue;
            }
            String lemma = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
            if (pos.startsWith("NNP")) {
                boolean hasDigit = t.text().chars().anyMatch(Character::isDigit);
                lemma = hasDigit ? t.text().toLowerCase(Locale.ROOT) : org.storyline.entity.NameKey.of(t.text());
            }
            if (lemma.isEmpty() || LIGHT.contains(lemma) || !lemma.chars().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            out.add(lemma);
        }
        return out;
    }
}
