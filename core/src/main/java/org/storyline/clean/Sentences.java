package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/**
 * Splits a paragraph into sentence-like pieces for the debris rule: a piece ends at {@code . ! ?}
 * or an ellipsis, with any closing quote marks and brackets after it, when whitespace or the end
 * follows. Abbreviations split too; the rules that use the pieces allow for that.
 */
final class Sentences {

    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "”\"’'»“)]";

    private Sentences() {
    }

    /**
     * The pieces of {@code text}, without surrounding whitespace, in order. Text after the last
     * terminator is a last piece of its own.
     */
    static List<Span> split(String text) {
        List<Span> pieces = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (TERMINATORS.indexOf(text.charAt(end)) >= 0
                    || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                pieces.add(new Span(start, end));
                start = skipSpace(text, end);
            }
            i = Math.max(end, start);
        }
        if (start < text.length()) {
            int end = text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(new Span(start, end));
        }
        return pieces;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
