package org.storyline.clean;

/** Shape tests on a line of text shared by the rules: word count, final punctuation, a leading dash. */
final class LineShape {

    private static final String CLOSERS = "”\"’'»“)]";
    private static final String SENTENCE_END = ".!?:;,…";
    private static final String DASHES = "-‐‑‒–—―";

    private LineShape() {
    }

    /** Number of whitespace-separated tokens that hold a letter or digit. */
    static int words(String text) {
        int n = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the line ends like a sentence or a clause: with {@code . ! ? : ; ,} or an ellipsis,
     * possibly followed by closing quote marks or brackets ({@code .”}), spaced or not ({@code charm. "}).
     */
    static boolean endsWithPunctuation(String text) {
        String s = text.strip();
        int end = s.length();
        while (end > 0 && (CLOSERS.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** Whether the line opens with a dash (direct speech in Scandinavian and Romance styles). */
    static boolean dashLed(String text) {
        String s = text.strip();
        return !s.isEmpty() && DASHES.indexOf(s.charAt(0)) >= 0;
    }

    /** The text with runs of whitespace (no-break spaces too) folded to one space and the ends stripped. */
    static String folded(String text) {
        return text.strip().replaceAll("(?U)\\s+", " ");
    }
}
