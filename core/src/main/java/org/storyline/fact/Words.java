package org.storyline.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words that follow a position on the same line, separated by horizontal space only, so a
 * phrase never runs over punctuation or into the next paragraph.
 */
final class Words {

    private static final Pattern NEXT_WORD = Pattern.compile("\\h+(\\p{L}(?:[\\p{L}'’-]*\\p{L})?)(?![\\p{N}])");

    private Words() {
    }

    /** A word of a text with its place. */
    record Word(String text, int start, int end) {

        /** Whether the word starts with a lower-case letter. */
        boolean lowerCase() {
            return Character.isLowerCase(text.charAt(0));
        }
    }

    /** Up to {@code max} words directly following {@code from}, stopping at the first non-word. */
    static List<Word> after(String text, int from, int max) {
        List<Word> words = new ArrayList<>();
        Matcher m = NEXT_WORD.matcher(text);
        int at = from;
        while (words.size() < max && at < text.length()) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                break;
            }
            words.add(new Word(m.group(1), m.start(1), m.end(1)));
            at = m.end();
        }
        return words;
    }

    /** The word that ends right before {@code to}, separated by horizontal space, or {@code null}. */
    static Word before(String text, int to) {
        int end = to;
        while (end > 0 && isHorizontalSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == to) {
            return null;
        }
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isLetter(text.charAt(start)) ? new Word(text.substring(start, end), start, end) : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c) && c != '\n';
    }
}
