package org.storyline.support;

import java.util.List;
import org.storyline.model.Token;

/**
 * The title written straight before a person's name, with no article between: {@code running back Reggie Bush},
 * {@code author Stephenie Meyer}, {@code CNN medical correspondent Dr Sanjay Gupta}, {@code Sgt. Tim Shields}. News
 * style puts it there to say who the person is; a passage that names the person states the claim about them
 * without repeating it.
 */
final class Titles {

    /** The most words a title has. */
    static final int MAX_WORDS = 6;

    private Titles() {
    }

    /** For each token of {@code tokens}, whether it is in a title before a person's name. */
    static boolean[] of(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int name = 1; name < tokens.size(); name++) {
            if (!isPerson(tokens.get(name)) || isPerson(tokens.get(name - 1))) {
                continue;
            }
            int start = name;
            while (start > 0 && name - start < MAX_WORDS && fits(tokens, start - 1, name)) {
                start--;
            }
            while (start < name && tokens.get(start).pos().startsWith("RB")) {
                start++;
            }
            for (int i = start; i < name; i++) {
                out[i] = true;
            }
        }
        return out;
    }

    /**
     * Whether token {@code i} may stand in a title before the name at {@code name}: a noun, an adjective or a proper
     * noun of no person, an adverb ({@code running back}, but a title does not open with one), a participle only
     * inside a title, never right before the name ({@code including Reggie Bush}).
     */
    private static boolean fits(List<Token> tokens, int i, int name) {
        Token t = tokens.get(i);
        if (isPerson(t) || t.text().chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String pos = t.pos();
        if (pos.equals("VBG")) {
            return i < name - 1;
        }
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("RB");
    }

    private static boolean isPerson(Token t) {
        return "PERSON".equals(t.ner());
    }
}
