package org.storyline.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Token;

/**
 * The words of a claim that describe rather than state: an apposition set off by commas after a name
 * ({@code Tony DiLeo, a long-time member of the front office,}), a person's role set off by commas after the name
 * ({@code Hector Ruiz, chairman and chief executive of AMD,}) unless it gives a figure, a relative clause set off by commas
 * ({@code , who spent five games with the Dolphins,}), a participial phrase that ends the sentence
 * ({@code , opening up a new front in the battle}) or a clause of what went on meanwhile ({@code , as protests
 * continued for the seventh day}) unless it gives a figure ({@code , including $281 million in cash}), words in
 * parentheses, the common noun a name in apposition names ({@code The film, New Moon,}) and the title before a
 * person's name ({@link Titles}). A passage states the claim without repeating them; what they say is left to other
 * citations.
 */
final class Asides {

    private static final Set<String> OPENERS = Set.of("a", "an", "the", "who", "which", "whose", "whom", "where");
    private static final Set<String> ENTITIES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private Asides() {
    }

    /** For each token of {@code tokens}, whether it is in an aside. */
    static boolean[] of(List<Token> tokens) {
        boolean[] out = Titles.of(tokens);
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (w.equals("(") || w.equals("-LRB-")) {
                depth++;
            }
            out[i] |= depth > 0;
            if ((w.equals(")") || w.equals("-RRB-")) && depth > 0) {
                depth--;
            }
            if (!w.equals(",") || i + 1 >= tokens.size()) {
                continue;
            }
            Token next = tokens.get(i + 1);
            String opener = next.text().toLowerCase(Locale.ROOT);
            boolean afterName = i > 0 && tokens.get(i - 1).isPos("NNP");
            boolean apposition = afterName && OPENERS.contains(opener) || opener.startsWith("wh") && OPENERS.contains(opener);
            boolean role = i > 0 && "PERSON".equals(tokens.get(i - 1).ner()) && (next.isPos("NN") || next.isPos("JJ"))
                    && !ENTITIES.contains(next.ner());
            boolean participle = next.pos().equals("VBG");
            boolean circumstance = opener.equals("as") && i + 2 < tokens.size()
                    && !tokens.get(i + 2).text().equalsIgnoreCase("well");
            markNamedApposition(tokens, i, out);
            if (apposition || participle || circumstance || role) {
                int end = i + 1;
                while (end < tokens.size() && !(tokens.get(end).text().equals(",") && !inNumber(tokens, end))
                        && !isEnd(tokens.get(end))) {
                    end++;
                }
                boolean closed = end < tokens.size() && tokens.get(end).text().equals(",");
                if ((participle || circumstance) && hasFigure(tokens, i + 1, end) || participle && closed
                        || role && !apposition && (!closed || hasFigure(tokens, i + 1, end) || hasVerb(tokens, i + 1, end))
                        || apposition && !opener.startsWith("wh") && hasVerb(tokens, i + 1, end)) {
                    continue;
                }
                for (int j = i; j < end; j++) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    /**
     * Marks the common noun a name set off by commas after it names ({@code The film, New Moon, is ...}): the name
     * says which, the noun only what kind.
     */
    private static void markNamedApposition(List<Token> tokens, int comma, boolean[] out) {
        int name = comma + 1;
        while (name < tokens.size() && (tokens.get(name).isPos("NNP") || !"O".equals(tokens.get(name).ner()))
                && !tokens.get(name).text().equals(",")) {
            name++;
        }
        boolean named = name > comma + 1 && name < tokens.size() && tokens.get(name).text().equals(",");
        int start = comma - 1;
        if (!named || start < 1 || !tokens.get(start).isPos("NN") || !"O".equals(tokens.get(start).ner())) {
            return;
        }
        while (start > 0 && tokens.get(start - 1).isPos("JJ")) {
            start--;
        }
        if (start > 0 && tokens.get(start - 1).pos().equals("DT")) {
            for (int j = start - 1; j <= comma; j++) {
                out[j] = true;
            }
        }
    }

    /** Whether the comma at {@code i} stands between the digits of a number written {@code 200, 000}. */
    static boolean inNumber(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).pos().equals("CD") && tokens.get(i + 1).pos().equals("CD");
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isPos("VB") || tokens.get(i).isPos("MD")) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} give a figure: what a participial phrase counts is part of the claim. */
    private static boolean hasFigure(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnd(Token t) {
        return t.text().equals(".") || t.text().equals("!") || t.text().equals("?");
    }
}
