package org.storyline.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Token;

/**
 * Where a person's name written in the text begins and ends, from a run of tokens the tagger marked as a
 * person: a courtesy title before it belongs to the name ({@code Mr. LaRue}), a word the tagger swept in that
 * cannot be part of a name does not ({@code Under} in {@code Under O'Brien, the coach}), nor does a title
 * ({@code Deputy} in {@code Deputy Ortiz}: it is the person's role), a nickname in quotes or
 * brackets joins the given names to the family name ({@code Vincent "The Chin" Gigante},
 * {@code Kimani (Kiki) Gray}), a first name the story shows the tagger missed opens it ({@link NameOpeners}),
 * and a generational suffix closes it ({@code Comeaux Jr.}).
 */
final class PersonNameBounds {

    /** Parts of speech no name word has: prepositions, determiners, conjunctions, pronouns, modals. */
    private static final Set<String> NOT_NAME = Set.of("IN", "DT", "CC", "TO", "PRP", "PRP$", "WP", "WP$", "WDT", "MD",
            "EX", "UH", "RB", "WRB");
    private static final Set<String> OPENING = Set.of("\"", "“", "‘", "'", "(", "``", "`", "-LRB-");
    private static final Set<String> CLOSING = Set.of("\"", "”", "’", "'", ")", "''", "-RRB-");
    private static final int MAX_NICKNAME_TOKENS = 4;

    private PersonNameBounds() {
    }

    /**
     * The tokens {@code [from, to)} of the name found in the run {@code [i, j)}, with the story's
     * {@code openers}; {@code from == to} when none is left.
     */
    static int[] of(List<Token> tokens, int i, int j, NameOpeners openers) {
        int from = i;
        int to = j;
        while (from < to && (NOT_NAME.contains(tokens.get(from).pos())
                || to - from > 1 && RoleFinder.isTitleWord(tokens.get(from).text().toLowerCase(Locale.ROOT)))) {
            from++;
        }
        while (to > from && (NOT_NAME.contains(tokens.get(to - 1).pos()) || isQuote(tokens.get(to - 1)))) {
            to--;
        }
        if (from == to) {
            return new int[] {from, to};
        }
        to = withNickname(tokens, to);
        if (to < tokens.size() && NameParts.isSuffix(tokens.get(to).text())) {
            to++;
        }
        if (from > 0 && from == i && openers.opens(tokens.get(from - 1), tokens.get(from))) {
            from--;
        }
        if (from > 0 && NameParts.isHonorific(tokens.get(from - 1).text()) && tokens.get(from - 1).isCapitalized()) {
            from--;
        }
        return new int[] {from, to};
    }

    /**
     * The end of the name when a nickname in quotes or brackets follows the given names and a capitalised
     * name word follows the nickname; else {@code to}.
     */
    private static int withNickname(List<Token> tokens, int to) {
        if (to >= tokens.size() || !OPENING.contains(tokens.get(to).text())) {
            return to;
        }
        for (int k = to + 2; k <= to + MAX_NICKNAME_TOKENS && k + 1 < tokens.size(); k++) {
            if (CLOSING.contains(tokens.get(k).text())) {
                Token next = tokens.get(k + 1);
                if (!next.isCapitalized() || !next.pos().startsWith("NNP")
                        || next.ner().equals("LOCATION") || next.ner().equals("ORGANIZATION")) {
                    return to;
                }
                int end = k + 2;
                while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && !isQuote(tokens.get(end))) {
                    end++;
                }
                return end;
            }
        }
        return to;
    }

    /**
     * The end in the text of the last token of a name (of a person, organisation or place), without a lower-case
     * word glued to it by a hyphen ({@code Ortiz-who}, {@code Turkmenistan-a}, {@code U.S.-based}).
     */
    static int endOf(Token last) {
        String t = last.text();
        int dash = t.lastIndexOf('-');
        if (dash > 0 && dash < t.length() - 1 && t.substring(dash + 1).equals(t.substring(dash + 1).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(t.codePointAt(0)) && t.substring(dash + 1).chars().allMatch(Character::isLetter)) {
            return last.start() + dash;
        }
        return last.end();
    }

    private static boolean isQuote(Token t) {
        return OPENING.contains(t.text()) || CLOSING.contains(t.text()) || t.pos().equals("POS") && !t.text().endsWith("s");
    }

}
