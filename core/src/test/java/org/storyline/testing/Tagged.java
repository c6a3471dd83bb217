package org.storyline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * Hand-tagged tokens for unit tests that must not depend on what a statistical tagger decides. A spec is
 * a space-separated list of {@code word/POS[/lemma[/NER]]}; each word is looked up in the text after the
 * previous one, so offsets are real. The lemma defaults to the lower-cased word ({@code _} keeps the
 * default when a NER tag follows), the NER tag to {@code O}.
 */
public final class Tagged {

    private Tagged() {
    }

    /** The tokens of {@code spec}, located in {@code text}. */
    public static List<Token> tokens(String text, String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : spec.trim().split("\\s+")) {
            int slash = item.indexOf('/', 1);
            if (slash < 0) {
                throw new IllegalArgumentException("token spec '" + item + "' has no POS tag");
            }
            String word = item.substring(0, slash);
            String[] tags = item.substring(slash + 1).split("/");
            String lemma = tags.length > 1 && !tags[1].equals("_") ? tags[1] : word.toLowerCase(Locale.ROOT);
            String ner = tags.length > 2 ? tags[2] : "O";
            int start = text.indexOf(word, at);
            if (start < 0) {
                throw new IllegalArgumentException("token '" + word + "' not found after offset " + at + " in: " + text);
            }
            at = start + word.length();
            out.add(new Token(word, start, at, tags[0], lemma, ner));
        }
        return out;
    }

    /** Sentence 0 of paragraph 0 made of the tokens of {@code spec}. */
    public static Sentence sentence(String text, String spec) {
        List<Token> t = tokens(text, spec);
        return new Sentence(0, 0, t.get(0).start(), t.get(t.size() - 1).end(), t);
    }
}
