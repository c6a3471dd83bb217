package org.storyline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.entity.Gender;
import org.storyline.internal.WordList;
import org.storyline.model.Token;

/**
 * Documents that speak for their author ({@code documents.txt}: statement, letter, report): who wrote the one a
 * phrase names ({@code a statement from Waitrose}), and which ones a sentence's subject issues there ({@code X
 * issued a statement}), so that a later {@code the statement read} speaks for them.
 */
final class Documents {

    private static final Set<String> NOUNS = WordList.lowerCaseSet(Documents.class, "documents.txt");
    private static final Set<String> AUTHOR_PREPOSITIONS = Set.of("from", "by", "of");

    private Documents() {
    }

    /** Whether {@code lowerWord} is a noun of a document that speaks for its author. */
    static boolean isDocument(String lowerWord) {
        return NOUNS.contains(lowerWord);
    }

    /**
     * Whether the phrase's head at {@code headIndex} is a document followed by its author ({@code a statement from
     * Waitrose}, {@code a letter by the doctors}): the author is the rest of the phrase after the preposition.
     */
    static boolean authorFollows(List<Token> np, int headIndex) {
        return isDocument(np.get(headIndex).text().toLowerCase(Locale.ROOT)) && headIndex + 2 < np.size()
                && AUTHOR_PREPOSITIONS.contains(np.get(headIndex + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The author of a document when the story does not know it: a run of capitalised proper nouns the tagger left
     * untagged ({@code Waitrose}) names it; anything else is unknown.
     */
    static Speaker untaggedAuthor(List<Token> author, String text) {
        boolean proper = author.stream().allMatch(t -> t.pos().startsWith("NNP") && t.isCapitalized());
        return proper ? Speaker.named(text.substring(author.get(0).start(), author.get(author.size() - 1).end()), null,
                false, Gender.UNKNOWN) : Speaker.UNKNOWN;
    }

    /**
     * The kinds of document a sentence's subject issues there: {@code issued a statement}, {@code in its letter},
     * {@code in a separate statement to Rolling Stone} (a document brought in indefinite or possessive), lower case.
     */
    static List<String> issuedIn(SentenceTokens st) {
        List<Token> t = st.tokens();
        List<String> out = new ArrayList<>();
        for (int i = 2; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (st.quoted()[i] || !t.get(i).isPos("NN") || !isDocument(w)) {
                continue;
            }
            int det = i - 1;
            while (det > 0 && i - det < 4 && t.get(det).isPos("JJ")) {
                det--;
            }
            String d = t.get(det).text().toLowerCase(Locale.ROOT);
            if (d.equals("a") || d.equals("an") || t.get(det).pos().equals("PRP$")) {
                out.add(w);
            }
        }
        return out;
    }
}
