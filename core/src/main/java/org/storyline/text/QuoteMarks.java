package org.storyline.text;

/**
 * Tells opening from closing double quote marks. Guillemets and the low mark have one role whatever
 * the spacing ({@code « „} open, {@code »} closes, as in French {@code « oui »}). For the others position
 * decides first: a mark at the start of a word opens, one right after a word or punctuation closes (so
 * straight {@code "}, the Swedish {@code ”…”} and the German closing {@code “} work); a mark with space on
 * both sides falls back to its shape ({@code “} opens, {@code ”} closes). Single quotes are not tracked: {@code ’} is also the
 * apostrophe ({@code allies’}, {@code EU’s}).
 */
public final class QuoteMarks {

    /** What a character is, as a double quote mark. */
    public enum Mark { OPEN, CLOSE, NONE }

    private static final String DOUBLE = "\"“”„«»";
    private static final String OPENING_SHAPE = "“„«";
    private static final String CLOSING_SHAPE = "”»";
    private static final String BEFORE_OPENING = "([{/-–—";

    private QuoteMarks() {
    }

    /** The role of the character at {@code i} of {@code text}. */
    public static Mark at(String text, int i) {
        char c = text.charAt(i);
        if (DOUBLE.indexOf(c) < 0) {
            return Mark.NONE;
        }
        if (c == '«' || c == '„') {
            return Mark.OPEN;
        }
        if (c == '»') {
            return Mark.CLOSE;
        }
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || BEFORE_OPENING.indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) {
            return Mark.OPEN;
        }
        if (!spaceBefore) {
            return Mark.CLOSE;
        }
        if (OPENING_SHAPE.indexOf(c) >= 0) {
            return Mark.OPEN;
        }
        return CLOSING_SHAPE.indexOf(c) >= 0 ? Mark.CLOSE : Mark.NONE;
    }

    /** Whether a quote is open after {@code text[from, to)}, given whether one was open before. */
    public static boolean openAfter(String text, int from, int to, boolean open) {
        for (int i = from; i < to; i++) {
            Mark mark = at(text, i);
            if (mark == Mark.OPEN) {
                open = true;
            } else if (mark == Mark.CLOSE) {
                open = false;
            }
        }
        return open;
    }

    /** Whether {@code text[from, to)} holds a mark of kind {@code mark}. */
    public static boolean has(String text, int from, int to, Mark mark) {
        for (int i = from; i < to; i++) {
            if (at(text, i) == mark) {
                return true;
            }
        }
        return false;
    }
}
