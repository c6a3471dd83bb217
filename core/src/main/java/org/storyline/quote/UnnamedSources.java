package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.entity.Gender;
import org.storyline.internal.WordList;
import org.storyline.lexicon.WordNet;
import org.storyline.model.Token;

/**
 * Speakers a phrase describes rather than names: a part of a group of people ({@code Some of the protesters}), a
 * person known by a number ({@code Juror No. 12}), an institution the phrase names itself ({@code the French foreign
 * ministry}), and the wording an unnamed source's description keeps.
 */
final class UnnamedSources {

    private static final Set<String> INSTITUTIONS = WordList.lowerCaseSet(UnnamedSources.class, "institutions.txt");

    private UnnamedSources() {
    }

    /** Whether {@code lowerWord} is a noun of an institution ({@code ministry}, {@code unit}, {@code label}). */
    static boolean isInstitution(String lowerWord) {
        return INSTITUTIONS.contains(lowerWord);
    }

    /**
     * An unnamed part of a group of people ({@code Some of the protesters}, {@code one of the jurors}): the group's
     * last word is a kind of person; anything else is unknown.
     */
    static Speaker partOf(List<Token> np, String text) {
        Token head = np.get(np.size() - 1);
        if (!head.pos().equals("NNS") || !WordNet.isPerson(lemma(head))) {
            return Speaker.UNKNOWN;
        }
        String phrase = text.substring(np.get(0).start(), head.end());
        boolean one = np.get(0).text().equalsIgnoreCase("one") || np.get(0).text().equalsIgnoreCase("each");
        return Speaker.anonymous(description(np, phrase), lemma(head), !one);
    }

    /**
     * An unnamed person known by a number ({@code Juror No. 12}, {@code Witness No. 3}): a kind of person, then
     * {@code No.} and a figure.
     */
    static Speaker numbered(List<Token> np, String phrase) {
        for (int i = 1; i + 1 < np.size(); i++) {
            String word = np.get(i).text();
            if ((word.equals("No.") || word.equals("No") || word.equals("#")) && np.get(i + 1).pos().equals("CD")) {
                String kind = lemma(np.get(i - 1));
                return WordNet.isPerson(kind) ? Speaker.anonymous(phrase, kind) : Speaker.UNKNOWN;
            }
        }
        return Speaker.UNKNOWN;
    }

    /**
     * An institution named by the phrase itself ({@code the French foreign ministry}, {@code Russia's defence
     * ministry}): an institution noun at its end, and a proper name or a possessive before it; a bare
     * {@code the ministry} names none.
     */
    static Speaker institution(List<Token> np, String phrase) {
        int last = np.size() - 1;
        if (!isInstitution(np.get(last).text().toLowerCase(Locale.ROOT))) {
            return Speaker.UNKNOWN;
        }
        boolean proper = np.subList(0, last).stream().anyMatch(t -> t.isPos("NNP") || t.pos().equals("POS")
                || t.isPos("JJ") && t.isCapitalized());
        return proper ? Speaker.named(phrase, null, false, Gender.UNKNOWN) : Speaker.UNKNOWN;
    }

    /**
     * The unnamed people a sentence brings in outside its subject ({@code from}..{@code end}) and its quotes, each
     * by an indefinite phrase whose noun gives a sex ({@code WIRED spoke to one mother}, {@code a woman}): a later
     * {@code she} may mean them when no one else fits.
     */
    static List<Speaker> introduced(SentenceTokens st, String text, int from, int end) {
        List<Token> t = st.tokens();
        List<Speaker> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            boolean inSubject = i >= from && i < end;
            if (st.quoted()[i] || inSubject || !INTRODUCING.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && !st.quoted()[j] && (t.get(j).isPos("JJ") || t.get(j).pos().equals("NN"))) {
                j++;
            }
            Token head = t.get(j - 1);
            boolean person = j > i + 1 && head.pos().equals("NN") && WordNet.isPerson(lemma(head));
            String sex = person ? WordNet.sexOf(lemma(head)) : null;
            if (sex != null) {
                String phrase = text.substring(t.get(i).start(), head.end());
                Gender gender = sex.equals("female") ? Gender.FEMALE : Gender.MALE;
                out.add(new Speaker(null, true, description(t.subList(i, j), phrase), true, gender, lemma(head)));
            }
            i = j - 1;
        }
        return out;
    }

    private static final Set<String> INTRODUCING = Set.of("a", "an", "one", "another");

    /** {@code A senior NATO official} or {@code Officials} at a sentence start, in lower case. */
    static String description(List<Token> np, String phrase) {
        Token first = np.get(0);
        boolean common = !first.pos().startsWith("NNP") && first.ner().equals("O");
        if (common && phrase.length() > 1 && Character.isUpperCase(phrase.charAt(0))
                && !Character.isUpperCase(phrase.charAt(1))) {
            return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return phrase;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
