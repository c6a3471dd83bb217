package org.storyline.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Token;

/**
 * Ordinal numbers ({@code second}, {@code 7th}, {@code 81st}): a claim's {@code second book} or {@code seventh round}
 * gives a number, and a passage states the claim only if it gives the same one, in words or in digits.
 */
final class Ordinals {

    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    private Ordinals() {
    }

    /**
     * The number ordinal {@code t} stands for ({@code second}, {@code 2nd}: 2), or 0 when it is no ordinal; only an
     * adjective, noun or number, not the adverb of {@code he first met her}.
     */
    static int of(Token t) {
        if (!t.isPos("JJ") && !t.isPos("NN") && !t.pos().equals("CD")) {
            return 0;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        Matcher m = DIGITS.matcher(w);
        if (m.matches() && m.group(1).length() <= 4) {
            return Integer.parseInt(m.group(1));
        }
        return WORDS.indexOf(w) + 1;
    }
}
