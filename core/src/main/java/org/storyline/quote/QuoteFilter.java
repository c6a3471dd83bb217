package org.storyline.quote;

import java.util.List;
import java.util.Set;
import org.storyline.model.Token;

/**
 * Tells statements from other quoted words. Four words or more are a statement; a shorter quote is one
 * only when its attribution follows at once ({@code “add up,” a second official said}), a colon
 * introduces it ({@code a sign on the fence: "Thank you, firefighters."}), or it is a partial quote in a
 * sentence that reports speech; otherwise it is a scare quote, a title or a term ({@code the so-called
 * “green corridor”}). A dash-led paragraph must be a statement.
 */
final class QuoteFilter {

    static final int MIN_WORDS = 4;
    private static final int MAX_SUBJECT = 5;
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "CD",
            "POS", "RB");

    private QuoteFilter() {
    }

    /** Whether quote {@code q}, in the sentences {@code around} it, is a statement. */
    static boolean isStatement(QuoteSpan q, List<SentenceTokens> around, String text) {
        String words = text.substring(q.start(), q.end()).strip();
        if (wordCount(words) >= MIN_WORDS) {
            return true;
        }
        return !q.dashLed() && (adjacent(q, around, text) || introduced(q, text) || partial(q, around, text));
    }

    /**
     * A partial quote: a few words quoted inside a sentence after a verb of saying or naming
     * ({@code Berg only reiterated the alliance’s commitment to an “irreversible” path}, {@code called the plan
     * “reckless”}), unless {@code so-called} precedes them or the words recur in the article, as a term or a
     * title does ({@code the “victory plan”}).
     */
    static boolean partial(QuoteSpan q, List<SentenceTokens> around, String text) {
        if (around.size() != 1) {
            return false;
        }
        SentenceTokens st = around.get(0);
        if (!reportsBefore(st, q) || soCalled(st, q)) {
            return false;
        }
        String words = text.substring(q.start(), q.end()).strip().replaceAll("[,.\\s]+$", "");
        if (isTitleCase(words)) {
            return false;
        }
        return !words.isEmpty() && occurrences(text.toLowerCase(java.util.Locale.ROOT),
                words.toLowerCase(java.util.Locale.ROOT)) == 1;
    }

    /**
     * Whether the sentence's main verb is a verb of saying or naming before the quote, or one stands before it
     * in the same clause (no comma between) or as a participle ({@code saying he was “introverted by nature”});
     * a verb of saying in a clause of its own ({@code he acknowledged, the sooner…}) makes the words after it
     * nobody's.
     */
    private static boolean reportsBefore(SentenceTokens st, QuoteSpan q) {
        List<Token> tokens = st.tokens();
        int main = st.mainVerb();
        if (main >= 0 && tokens.get(main).end() <= q.outerStart() && reports(tokens, main)) {
            return true;
        }
        boolean commaSince = false;
        for (int i = st.tokenAt(q.outerStart()) - 1; i >= 0; i--) {
            if (st.quoted()[i]) {
                continue;
            }
            if (reports(tokens, i) && (!commaSince || tokens.get(i).pos().equals("VBG"))) {
                return true;
            }
            commaSince |= tokens.get(i).text().equals(",");
        }
        return false;
    }

    /**
     * Whether every word of a short quote of several words is capitalised ({@code “Klitschko, Klitschko”},
     * {@code “Lone Ranger”}, {@code “Wild Rose”}): a name, a chant or a title, not words someone said. One word
     * ({@code “Mercy!”}) may be a cry.
     */
    private static boolean isTitleCase(String words) {
        List<String> parts = java.util.Arrays.stream(words.split("[\\s,;:!?.]+")).filter(w -> !w.isEmpty()).toList();
        return parts.size() > 1 && parts.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private static boolean reports(List<Token> tokens, int i) {
        return SpeechVerbs.isSpeech(tokens, i) || SpeechVerbs.isNaming(tokens, i);
    }

    /** Whether the quote follows {@code so-called}: a term, not anybody's words. */
    private static boolean soCalled(SentenceTokens st, QuoteSpan q) {
        int i = st.tokenAt(q.outerStart()) - 1;
        while (i >= 0 && st.quoted()[i]) {
            i--;
        }
        return i >= 0 && st.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT).matches("so-?called");
    }

    private static int occurrences(String text, String words) {
        int n = 0;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * A short quote counts only when it ends with a comma and its attribution follows at once: a reporting
     * verb, with at most a short subject before it ({@code “add up,” a second official said}).
     */
    private static boolean adjacent(QuoteSpan q, List<SentenceTokens> around, String text) {
        String inside = text.substring(q.start(), q.end()).stripTrailing();
        boolean endsWithComma = inside.endsWith(",") || q.outerEnd() < text.length() && text.charAt(q.outerEnd()) == ',';
        if (!endsWithComma || around.isEmpty()) {
            return false;
        }
        SentenceTokens st = around.get(around.size() - 1);
        List<Token> tokens = st.tokens();
        int i = st.tokenAt(Math.max(q.end(), q.outerEnd()));
        while (i < tokens.size() && (st.quoted()[i] || tokens.get(i).text().equals(","))) {
            i++;
        }
        for (int n = 0; i < tokens.size() && n <= MAX_SUBJECT; i++, n++) {
            if (SpeechVerbs.isSpeech(tokens, i)) {
                return true;
            }
            if (!SUBJECT_TAGS.contains(tokens.get(i).pos())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a colon introduces the quote ({@code a sign on the fence: "Thank you, firefighters."}). */
    static boolean introduced(QuoteSpan q, String text) {
        int i = q.outerStart() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** Words with a letter or digit in {@code s}. */
    static int wordCount(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
