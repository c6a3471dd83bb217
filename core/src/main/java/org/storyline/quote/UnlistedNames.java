package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import org.storyline.entity.FirstNameGenders;
import org.storyline.entity.Gender;
import org.storyline.model.Token;

/**
 * Speakers named by a name the story's entities do not hold, taken as the text writes it when the text itself says
 * the name is a person's: an apposition describes it as one ({@code Pensioner Bayram-aga, a voter in Ashgabat,
 * said}), or a noun for a kind of person stands right before a first name the tagger missed ({@code said Ms. Davis’s
 * sister Crystal}).
 */
final class UnlistedNames {

    private UnlistedNames() {
    }

    /**
     * A name the story does not know, that an apposition right after it describes as a person ({@code Pensioner
     * Bayram-aga, a voter in Ashgabat, said}): the person so named, written as the text writes them; else unknown.
     * Only capitalised words make the name, and the apposition's head must be a kind of person in WordNet.
     */
    static Speaker describedAsAPerson(List<Token> tokens, int from, int to, String text) {
        if (to <= from || to + 2 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return Speaker.UNKNOWN;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() || !(t.pos().startsWith("NNP") || t.ner().equals("PERSON"))) {
                return Speaker.UNKNOWN;
            }
        }
        int i = to + 1;
        if (!tokens.get(i).pos().equals("DT")) {
            return Speaker.UNKNOWN;
        }
        while (i + 1 < tokens.size() && (tokens.get(i + 1).isPos("JJ") || tokens.get(i + 1).isPos("NN")
                && !tokens.get(i + 1).pos().startsWith("NNP"))) {
            i++;
        }
        Token head = tokens.get(i);
        if (!SpeakerResolver.isPersonNoun(head)
                || SpeakerResolver.ANONYMOUS_HEADS.contains(head.text().toLowerCase(Locale.ROOT))) {
            return Speaker.UNKNOWN;
        }
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return Speaker.named(name, null, true, Gender.UNKNOWN);
    }

    /**
     * A first name the tagger took for a common noun, ending the phrase right after a noun for a kind of person
     * ({@code Ms. Davis’s sister Crystal}): that person, as written; else unknown. A name the tagger found is the
     * entity stage's to know.
     */
    static Speaker afterPersonNoun(List<Token> np) {
        Token last = np.get(np.size() - 1);
        if (np.size() < 2 || !last.isCapitalized() || last.ner().equals("PERSON")
                || !FirstNameGenders.isFirstName(last.text()) || !SpeakerResolver.isPersonNoun(np.get(np.size() - 2))) {
            return Speaker.UNKNOWN;
        }
        return Speaker.named(last.text(), null, true, FirstNameGenders.of(last.text()));
    }
}
