package org.storyline.quote;

import java.util.List;
import java.util.Set;
import org.storyline.model.Token;

/**
 * Finds the noun phrase next to a reporting verb: its subject to the left ({@code a NATO diplomat said},
 * skipping adverbs and a comma-bounded appositive), or the inverted subject to the right
 * ({@code said Berg}, {@code says Berg to NTB}). Tokens inside quotes never belong to it.
 *
 * @param from first token, inclusive
 * @param to   last token, exclusive
 */
record NounPhrase(int from, int to) {

    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "HYPH");
    private static final int MAX_APPOSITIVE = 25;

    boolean isEmpty() {
        return to <= from;
    }

    List<Token> tokens(List<Token> all) {
        return all.subList(from, to);
    }

    /** The subject ending right before token {@code verb}, or an empty phrase. */
    static NounPhrase leftOf(List<Token> tokens, int verb, boolean[] quoted) {
        int i = verb - 1;
        while (i >= 0 && !quoted[i] && tokens.get(i).isPos("RB")) {
            i--;
        }
        if (i >= 0 && !quoted[i] && tokens.get(i).text().equals(",")) {
            NounPhrase appositive = appositiveBefore(tokens, i, quoted);
            if (appositive != null) {
                return appositive;
            }
            return new NounPhrase(verb, verb);
        }
        return backward(tokens, i, quoted);
    }

    /** The inverted subject starting right after token {@code verb}, or an empty phrase. */
    static NounPhrase rightOf(List<Token> tokens, int verb, boolean[] quoted) {
        int i = verb + 1;
        while (i < tokens.size() && !quoted[i] && tokens.get(i).isPos("RB")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).pos().equals("PRP") && !quoted[i]) {
            return new NounPhrase(i, i + 1);
        }
        int start = i;
        while (i < tokens.size() && !quoted[i] && NP_TAGS.contains(tokens.get(i).pos())) {
            i++;
        }
        return new NounPhrase(start, i);
    }

    private static NounPhrase backward(List<Token> tokens, int last, boolean[] quoted) {
        if (last < 0 || quoted[last]) {
            return new NounPhrase(0, 0);
        }
        if (tokens.get(last).pos().equals("PRP")) {
            return new NounPhrase(last, last + 1);
        }
        int i = last;
        while (i >= 0 && !quoted[i] && NP_TAGS.contains(tokens.get(i).pos())) {
            i--;
        }
        return new NounPhrase(i + 1, last + 1);
    }

    /** {@code NP, appositive, VERB}: the appositive when it names a person, else the phrase before it. */
    private static NounPhrase appositiveBefore(List<Token> tokens, int comma, boolean[] quoted) {
        int open = comma - 1;
        while (open >= 0 && comma - open <= MAX_APPOSITIVE && !quoted[open] && !tokens.get(open).text().equals(",")) {
            open--;
        }
        if (open < 0 || quoted[open] || !tokens.get(open).text().equals(",")) {
            return null;
        }
        NounPhrase inner = backward(tokens, comma - 1, quoted);
        if (inner.from() == open + 1 && !inner.isEmpty()
                && tokens.subList(inner.from(), inner.to()).stream().anyMatch(t -> t.ner().equals("PERSON"))) {
            return inner;
        }
        NounPhrase before = backward(tokens, open - 1, quoted);
        return before.isEmpty() ? null : before;
    }
}
