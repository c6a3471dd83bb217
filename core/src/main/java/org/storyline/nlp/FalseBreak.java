package org.storyline.nlp;

import static org.storyline.nlp.SentenceEdges.firstWord;
import static org.storyline.nlp.SentenceEdges.wordBeforeFullStop;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.internal.WordList;
import org.storyline.model.Sentence;

/**
 * A reason why a break the sentence splitter made between two adjacent sentences of one paragraph is not
 * a sentence end. Each reason is one piece of evidence from how English news text is written; they are
 * tried in the order declared, the most precise first. Text tokenised with a space after every full stop
 * ({@code a 2. 7GHz processor}, {@code the U. S. Marshals}, {@code TMZ. com}) is where splitters go wrong.
 */
public enum FalseBreak {

    /** The first sentence ends with a figure and a full stop, the second goes on with digits: {@code 6. | 1}. */
    DECIMAL_POINT {
        @Override
        boolean applies(Sentence before, Sentence after) {
            String word = wordBeforeFullStop(before).orElse("");
            return !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1))
                    && Character.isDigit(firstCharacter(after)) && !isYear(firstWord(after));
        }
    },

    /**
     * The second sentence opens with a figure after a full stop: {@code a. | 357 Magnum}, {@code A loaded. |
     * 38-caliber}, {@code Jan. | 5}. News style spells out a number that opens a sentence, except a year, so
     * the stop is a decimal point or ends an abbreviation. A figure with capitals ({@code 3M}, {@code
     * 7-Eleven}) is a name and may open a sentence.
     */
    FIGURE_OPENING {
        @Override
        boolean applies(Sentence before, Sentence after) {
            String first = firstWord(after);
            return wordBeforeFullStop(before).isPresent() && PLAIN_FIGURE.matcher(first).matches() && !isYear(first);
        }
    },

    /**
     * The first sentence ends with an initial and the second opens with another: {@code the U. | S. Marshals},
     * {@code L. | A. Superior Court}. An initial before a capitalised word may end a sentence ({@code … to the
     * U. S. | He left}) and stays a break.
     */
    INITIALS {
        @Override
        boolean applies(Sentence before, Sentence after) {
            return SentenceEdges.isInitialLetter(wordBeforeFullStop(before).orElse(""))
                    && SentenceEdges.opensWithInitial(after);
        }
    },

    /**
     * The first sentence ends with the abbreviation of a title that stands before a name and the second opens
     * with a capitalised word: {@code Const. | Ann Fielding}, {@code Dist. | Atty. Jane Roe}.
     */
    TITLE_BEFORE_NAME {
        @Override
        boolean applies(Sentence before, Sentence after) {
            String word = wordBeforeFullStop(before).orElse("");
            return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && TITLES.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(firstCharacter(after));
        }
    },

    /**
     * The second sentence opens with a lower-case word: {@code TMZ. | com}, {@code 9 a. | m.}, {@code “Stop!” |
     * she shouted}. A word with a capital inside ({@code iPhone}, {@code eBay}) is a name and may open a sentence.
     */
    LOWER_CASE_OPENING {
        @Override
        boolean applies(Sentence before, Sentence after) {
            String first = firstWord(after);
            return Character.isLowerCase(firstCharacter(after)) && first.codePoints().noneMatch(Character::isUpperCase);
        }
    },

    /**
     * The first sentence leaves a parenthesis open and the second closes it within a few words: the full stop
     * ends an abbreviation inside it ({@code Rep. Nick Rahall (D-W. | Va.) said}). A sentence does not end inside
     * a short parenthesis.
     */
    UNCLOSED_PARENTHESIS {
        @Override
        boolean applies(Sentence before, Sentence after) {
            int open = 0;
            for (org.storyline.model.Token t : before.tokens()) {
                open += opens(t) ? 1 : closes(t) ? -1 : 0;
            }
            if (open <= 0 || wordBeforeFullStop(before).isEmpty()) {
                return false;
            }
            java.util.List<org.storyline.model.Token> next = after.tokens();
            for (int i = 0; i < Math.min(next.size(), MAX_PARENTHESIS_TAIL); i++) {
                if (closes(next.get(i))) {
                    return true;
                }
                if (opens(next.get(i))) {
                    return false;
                }
            }
            return false;
        }
    },

    /** One of the sentences has no letter or digit: a closing quote mark or a stray stop left on its own. */
    PUNCTUATION_ONLY {
        @Override
        boolean applies(Sentence before, Sentence after) {
            return SentenceEdges.isPunctuationOnly(before) || SentenceEdges.isPunctuationOnly(after);
        }
    };

    /** Digits, decimal marks, lower-case unit letters and lower-case hyphenated parts: {@code 38-caliber}, {@code 4bn}. */
    /** Whether a token (tagged or not yet) opens a parenthesis. */
    private static boolean opens(org.storyline.model.Token t) {
        return t.text().equals("(") || t.text().equals("-LRB-");
    }

    /** Whether a token (tagged or not yet) closes a parenthesis. */
    private static boolean closes(org.storyline.model.Token t) {
        return t.text().equals(")") || t.text().equals("-RRB-");
    }

    /** Words after a break within which a parenthesis the sentence before opened must close. */
    private static final int MAX_PARENTHESIS_TAIL = 6;

    private static final Pattern PLAIN_FIGURE = Pattern.compile("\\d[\\d.,:]*[a-z]*(?:-[a-z\\d]+)*");
    /** A year, or a decade, which may open a sentence: {@code 2009}, {@code 1990s}. */
    private static final Pattern YEAR = Pattern.compile("(?:1\\d|20)\\d\\ds?");
    /** Abbreviated titles, which stand before a name and so never end a sentence ({@code title-abbreviations.txt}). */
    private static final Set<String> TITLES = WordList.lowerCaseSet(FalseBreak.class, "title-abbreviations.txt");

    /**
     * Whether the break between {@code before} and {@code after}, adjacent sentences of one paragraph, is
     * not a sentence end for this reason.
     */
    abstract boolean applies(Sentence before, Sentence after);

    private static char firstCharacter(Sentence s) {
        String first = firstWord(s);
        return first.isEmpty() ? ' ' : first.charAt(0);
    }

    private static boolean isYear(String word) {
        return YEAR.matcher(word).matches();
    }
}
