package org.storyline.brief;

import java.util.List;
import java.util.Set;
import org.storyline.internal.WordList;
import org.storyline.model.Sentence;
import org.storyline.model.Token;
import org.storyline.quote.AttributedQuote;
import org.storyline.quote.Speaker;

/**
 * Decides whether a sentence can stand alone in a summary: a full sentence of reasonable length that
 * has a verb, does not open with a pronoun (or name a person by pronoun before any name) or point back with a
 * phrase such as {@code the same day} (whose
 * referent the reader would lack), is not direct speech
 * led by a dash, and carries no quote unless the quote's speaker is a named person or organisation named
 * in the sentence itself.
 */
final class SentenceFilter {

    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> BACK_REFERENCES =
            WordList.lowerCaseSet(SentenceFilter.class, "back-references.txt");

    private SentenceFilter() {
    }

    static boolean eligible(Sentence s, String text, List<AttributedQuote> quotes) {
        List<Token> t = s.tokens();
        String body = text.substring(s.start(), s.end());
        long words = t.stream().filter(x -> x.text().chars().anyMatch(Character::isLetterOrDigit)).count();
        if (words < MIN_WORDS || words > MAX_WORDS || !body.matches("(?s).*[.!?][”\"’»]?$")) {
            return false;
        }
        char first = body.charAt(0);
        if (first == '–' || first == '—' || first == '-') {
            return false;
        }
        Token head = t.get(0);
        if (head.pos().equals("PRP") || DEMONSTRATIVES.contains(head.text().toLowerCase(java.util.Locale.ROOT))
                && t.size() > 1 && t.get(1).isPos("VB") || pronounBeforeAnyName(t)) {
            return false;
        }
        if (t.stream().noneMatch(x -> x.isPos("VB")) || refersBack(body)) {
            return false;
        }
        return quotesNamedHere(s, quotes, t);
    }

    /**
     * Whether a third-person pronoun comes before any name it could stand for: {@code There he will
     * present his plan}, {@code On Monday, she said ...}.
     */
    private static boolean pronounBeforeAnyName(List<Token> t) {
        for (Token x : t) {
            if (!"O".equals(x.ner()) && x.ner() != null) {
                return false;
            }
            if (x.pos().equals("PRP") && THIRD_PERSON.contains(x.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "him", "her", "them");

    /** Whether the sentence holds a phrase that points back to an earlier sentence ({@code the same day}). */
    private static boolean refersBack(String body) {
        String lower = " " + body.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String phrase : BACK_REFERENCES) {
            if (lower.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every quote in the sentence lies inside it and has a known speaker named outside the quote. Quote
     * marks that hold no quote (scare quotes, titles) do not matter.
     */
    private static boolean quotesNamedHere(Sentence s, List<AttributedQuote> quotes, List<Token> tokens) {
        for (AttributedQuote q : quotes) {
            if (!q.direct() || q.end() <= s.start() || q.start() >= s.end()) {
                continue;
            }
            if (!q.speaker().known() || q.start() < s.start() || q.end() > s.end() || !namedOutside(q, tokens)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedOutside(AttributedQuote q, List<Token> tokens) {
        Speaker speaker = q.speaker();
        for (Token t : tokens) {
            if (t.start() >= q.start() - 1 && t.end() <= q.end() + 1 || t.text().length() < 2) {
                continue;
            }
            String word = t.text();
            boolean match = !speaker.anonymous() && speaker.name() != null && Character.isUpperCase(word.charAt(0))
                    && List.of(speaker.name().split("\\s+")).contains(word);
            if (match) {
                return true;
            }
        }
        return false;
    }
}
