package org.storyline.quote;

import java.util.List;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * A sentence's tokens with a mask of the tokens that stand inside quotes.
 *
 * @param sentence the sentence
 * @param quoted   {@code quoted[i]} is true when token {@code i} is quoted text or a quote mark
 */
record SentenceTokens(Sentence sentence, boolean[] quoted) {

    static SentenceTokens of(Sentence sentence, List<QuoteSpan> spans) {
        List<Token> tokens = sentence.tokens();
        boolean[] quoted = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int at = tokens.get(i).start();
            for (QuoteSpan q : spans) {
                if (at >= q.outerStart() && at < Math.max(q.outerEnd(), q.end())) {
                    quoted[i] = true;
                    break;
                }
            }
        }
        return new SentenceTokens(sentence, quoted);
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /** Index of the first token starting at or after clean offset {@code offset}, or the size. */
    int tokenAt(int offset) {
        List<Token> t = tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return t.size();
    }

    /**
     * The verb of the main clause: the first finite verb outside quotes, after a fronted adverbial or
     * subordinate clause ({@code In response to questions on whether he supports it, Berg did not say}) when
     * the sentence opens with one, a conjunction before it aside ({@code And despite X, she was…}); -1 when
     * there is none.
     */
    int mainVerb() {
        List<Token> t = tokens();
        int first = !t.isEmpty() && t.get(0).pos().equals("CC") ? 1 : 0;
        if (first < t.size() && FRONTED.contains(t.get(first).pos())) {
            for (int i = first; i < t.size(); i++) {
                if (!quoted[i] && t.get(i).text().equals(",")) {
                    int v = firstFiniteVerb(i + 1);
                    if (v >= 0) {
                        return v;
                    }
                    break;
                }
            }
        }
        return firstFiniteVerb(0);
    }

    private int firstFiniteVerb(int from) {
        List<Token> t = tokens();
        for (int i = from; i < t.size(); i++) {
            if (!quoted[i] && isFinite(t.get(i)) && !(i == from && nameTakenForVerb(t, i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the token is a finite verb or a modal ({@code said}, {@code says}, {@code will}). */
    static boolean isFinite(Token t) {
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /**
     * Whether the capitalised word opening a clause, tagged as a verb and followed by a finite verb, is a name
     * the tagger took for a verb ({@code Felt wrote that…}).
     */
    static boolean nameTakenForVerb(List<Token> t, int i) {
        return t.get(i).isCapitalized() && t.get(i).isPos("VB") && i + 1 < t.size() && isFinite(t.get(i + 1));
    }

    private static final java.util.Set<String> FRONTED = java.util.Set.of("IN", "WRB", "RB", "VBG", "TO");
}
