package org.storyline.nlp;

import java.util.List;
import java.util.Optional;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

/**
 * How a sentence ends and begins, in the shapes the sentence-break rules look at. A full stop may be a
 * token of its own ({@code 2}, {@code .}) or the end of a token ({@code U.}); both read the same here.
 */
final class SentenceEdges {

    private SentenceEdges() {
    }

    /**
     * The word written before the sentence's final full stop, without the stop: {@code "2"} for
     * {@code … a 2.}, {@code "U"} for {@code … the U.}, {@code "("} for {@code … (.}, {@code ""} when the
     * sentence is the stop alone; empty when the sentence does not end with a full stop (an ellipsis,
     * a question mark or a closing quote mark is not one).
     */
    static Optional<String> wordBeforeFullStop(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".")) {
            return Optional.of(tokens.size() > 1 ? tokens.get(tokens.size() - 2).text() : "");
        }
        if (last.length() > 1 && last.endsWith(".") && !last.endsWith("..")) {
            return Optional.of(last.substring(0, last.length() - 1));
        }
        return Optional.empty();
    }

    /** The text of the sentence's first token, {@code ""} for a sentence without tokens. */
    static String firstWord(Sentence s) {
        return s.tokens().isEmpty() ? "" : s.tokens().get(0).text();
    }

    /** Whether the sentence opens with an initial: one capital letter and a full stop ({@code S.}, {@code S .}). */
    static boolean opensWithInitial(Sentence s) {
        List<Token> tokens = s.tokens();
        String first = firstWord(s);
        if (isInitialLetter(first.endsWith(".") ? first.substring(0, first.length() - 1) : "")) {
            return true;
        }
        return isInitialLetter(first) && tokens.size() > 1 && tokens.get(1).text().equals(".");
    }

    /** Whether {@code word} is a single capital letter ({@code U}, {@code C}). */
    static boolean isInitialLetter(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** Whether no token of the sentence has a letter or a digit: stray punctuation such as a lone closing quote mark. */
    static boolean isPunctuationOnly(Sentence s) {
        return s.tokens().stream().map(Token::text).noneMatch(SentenceEdges::hasLetterOrDigit);
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
