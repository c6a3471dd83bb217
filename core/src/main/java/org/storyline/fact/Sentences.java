package org.storyline.fact;

import java.util.Locale;
import java.util.Set;
import org.storyline.model.Span;

/**
 * Finds the sentence around a position of a clean text without an NLP model: a sentence ends at a
 * line break, or at {@code .}, {@code !} or {@code ?} (and any closing quote) followed by white
 * space, unless the full stop closes an abbreviation ({@code U.S.}, {@code Gen.}, {@code Oct.}).
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st",
            "lt", "col", "gov", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "no", "vs", "inc", "co", "corp", "jr", "sr", "capt", "sgt", "adm", "maj");
    private static final String CLOSERS = "\"”’')]";

    private Sentences() {
    }

    /** The sentence containing clean offset {@code at}, without the line breaks around it. */
    static Span around(String text, int at) {
        int from = Math.min(Math.max(at, 0), text.length());
        int start = from;
        while (start > 0 && !endsBefore(text, start)) {
            start--;
        }
        int end = Math.min(from + 1, text.length());
        while (end < text.length() && !endsBefore(text, end)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, Math.max(start, end));
    }

    /** The text of the sentence containing {@code at}. */
    static String textAround(String text, int at) {
        return around(text, at).of(text);
    }

    /** Whether a sentence ends right before index {@code i}: a line break, or closing punctuation then space. */
    private static boolean endsBefore(String text, int i) {
        char c = text.charAt(i - 1);
        if (c == '\n') {
            return true;
        }
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int p = i - 1;
        while (p > 0 && CLOSERS.indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        char stop = text.charAt(p);
        return stop == '!' || stop == '?' || stop == '.' && !abbreviation(text, p);
    }

    /** Whether the full stop at {@code dot} ends an abbreviation or an initial. */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
