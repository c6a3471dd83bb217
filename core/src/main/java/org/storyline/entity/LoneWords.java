package org.storyline.entity;

import java.util.List;
import org.storyline.model.Mention;
import org.storyline.model.Token;

/**
 * Capitalised words the tagger left untagged and outside every mention, standing alone: the words the passes
 * that find missed references ({@link SurnameMentions}, {@link ShortFormReferences}) look at.
 */
final class LoneWords {

    private LoneWords() {
    }

    /**
     * Whether token {@code i} is an untagged capitalised noun (a proper noun when {@code properOnly}), not part
     * of a longer proper name (no capitalised proper noun right after it), outside every mention of
     * {@code mentions}.
     */
    static boolean lone(List<Token> tokens, int i, boolean properOnly, List<Mention> mentions) {
        Token t = tokens.get(i);
        return t.ner().equals("O") && t.pos().startsWith(properOnly ? "NNP" : "NN") && t.isCapitalized()
                && !(i + 1 < tokens.size() && isProperName(tokens.get(i + 1))) && !covered(mentions, t);
    }

    /**
     * Whether token {@code i} stands inside running text: a lower-case word comes before it in its sentence
     * ({@code the most memorable photos of Page}), so its capital marks a name, not a sentence start or a title.
     */
    static boolean inRunningText(List<Token> tokens, int i) {
        for (int j = 0; j < i; j++) {
            String w = tokens.get(j).text();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is a capitalised proper noun. */
    static boolean isProperName(Token t) {
        return t.pos().startsWith("NNP") && t.isCapitalized();
    }

    /** Whether a mention of {@code mentions} covers token {@code t}. */
    static boolean covered(List<Mention> mentions, Token t) {
        for (Mention m : mentions) {
            if (m.start() < t.end() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
