package org.storyline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.internal.WordList;
import org.storyline.model.Token;

/** Recognises verbs of saying ({@code speech-verbs.txt}), and {@code according to} and {@code put it}. */
public final class SpeechVerbs {

    private static final Set<String> LEMMAS = WordList.lowerCaseSet(SpeechVerbs.class, "speech-verbs.txt");

    private SpeechVerbs() {
    }

    /** Whether token {@code i} of {@code tokens} reports speech. */
    public static boolean isSpeech(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        if (isAccordingTo(tokens, i)) {
            return true;
        }
        if (!t.isPos("VB") || passive(tokens, i)) {
            return false;
        }
        if (lemma.equals("put")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("it");
        }
        if (lemma.equals("point")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("out");
        }
        if (ALONE_ONLY.contains(lemma)) {
            return i + 1 == tokens.size() || PUNCTUATION.contains(tokens.get(i + 1).text());
        }
        return LEMMAS.contains(lemma);
    }

    /**
     * Whether the participle at token {@code i} is passive ({@code That being said}, {@code it was said}): it names
     * no speaker.
     */
    private static boolean passive(List<Token> tokens, int i) {
        if (!(tokens.get(i).pos().equals("VBN") || tokens.get(i).pos().equals("VBD")) || i == 0) {
            return false;
        }
        return FORMS_OF_BE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> FORMS_OF_BE = Set.of("be", "being", "been", "is", "was", "were", "are");

    /**
     * Verbs that report speech only with nothing after them but punctuation ({@code “…,” Berg continued.},
     * {@code Berg agreed: “…”}, {@code “…,” the statement read.}); with an object or an infinitive they do not
     * ({@code continued to help}, {@code agreed on a plan}, {@code read the verdict}).
     */
    private static final Set<String> ALONE_ONLY = Set.of("continue", "agree", "read");
    private static final Set<String> PUNCTUATION = Set.of(".", ",", ":", ";", "!", "?");

    /** Whether token {@code i} is a verb of naming that takes quoted words ({@code called it “a gamble”}). */
    static boolean isNaming(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isPos("VB") && NAMING.contains(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> NAMING = Set.of("call", "label", "term", "dub", "brand");

    /** Whether token {@code i} is the {@code according} of {@code according to}. */
    public static boolean isAccordingTo(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("according") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }

    /**
     * Whether the verb at token {@code i} takes its hearer right after it ({@code told reporters}, {@code assured
     * the court}), so that the phrase there is never the speaker.
     */
    static boolean takesHearer(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isPos("VB") && HEARER_FIRST.contains(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> HEARER_FIRST = Set.of("tell", "assure", "inform", "remind", "notify", "advise");

    /** Whether token {@code i} is a form of {@code quote} ({@code quoted Y as saying}). */
    static boolean quotes(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isPos("VB") && "quote".equalsIgnoreCase(t.lemma());
    }

    /**
     * The person quoted in {@code X quoted Y as saying}: for the participle at token {@code i} after {@code as},
     * the phrase between a form of {@code quote} and that {@code as}; otherwise an empty phrase.
     */
    static NounPhrase quotedAs(List<Token> tokens, int i, boolean[] quoted) {
        if (!tokens.get(i).pos().equals("VBG") || i < 3 || !tokens.get(i - 1).text().equalsIgnoreCase("as")) {
            return new NounPhrase(0, 0);
        }
        for (int v = i - 2; v >= Math.max(0, i - 10); v--) {
            Token t = tokens.get(v);
            if (quoted[v]) {
                break;
            }
            if (quotes(tokens, v)) {
                NounPhrase np = NounPhrase.rightOf(tokens, v, quoted);
                return np.to() == i - 1 ? np : new NounPhrase(0, 0);
            }
        }
        return new NounPhrase(0, 0);
    }

    /** Whether token {@code i} is a participle that takes its subject from the main clause ({@code stating}). */
    static boolean isParticiple(List<Token> tokens, int i) {
        return tokens.get(i).pos().equals("VBG") && !isAccordingTo(tokens, i);
    }
}
