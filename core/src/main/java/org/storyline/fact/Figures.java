package org.storyline.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a text gives, each with its value and the word it counts: {@code 11 shots}, {@code $3 million},
 * {@code 0.41 percent}, {@code five days}. Text tokenised with a space after every period and comma, as some
 * corpora and feeds write it ({@code 2. 7GHz}, {@code 100, 000}), is read as the number it stands for, and so is a hyphenated scale ({@code $5.4-billion}).
 */
public final class Figures {

    /** One figure: its value written out in full, the word after it (lower case, may be empty), and whether it is a year. */
    public record Figure(String value, String unit, boolean year) {
    }

    private static final Pattern SPACED = Pattern.compile("(?<=\\d)([.,]) (?=\\d)");
    private static final Pattern HYPHENATED_SCALE = Pattern.compile("(?<=\\d)-(?=(?i:thousand|million|billion|trillion)\\b)");
    private static final Pattern FIGURE = Pattern.compile(Numbers.NUMBER + "(?:-(?=[\\p{L}]))?" + Numbers.SCALE
            + "(?:\\h*(?<unit>%|[\\p{L}][\\p{L}-]*))?");

    private Figures() {
    }

    /** The figures of {@code text}, in order. */
    public static List<Figure> in(String text) {
        String joined = join(text);
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(joined);
        while (m.find()) {
            String number = m.group("num");
            BigDecimal value;
            try {
                value = Numbers.value(number, m.group("scale"));
            } catch (IllegalArgumentException e) {
                continue;
            }
            String unit = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
            if (unit.equals("percent") || unit.equals("per")) {
                unit = "%";
            }
            boolean year = Numbers.looksLikeYear(number) && m.group("scale") == null;
            out.add(new Figure(Numbers.plain(value), unit, year));
        }
        return out;
    }

    /** {@code text} with the space taken out of numbers written {@code 2. 7} or {@code 100, 000}. */
    static String join(String text) {
        Matcher m = SPACED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean thousands = m.group(1).equals(",") && threeDigitsAt(text, m.end());
            m.appendReplacement(out, m.group(1).equals(".") || thousands ? m.group(1) : m.group(1) + " ");
        }
        m.appendTail(out);
        return HYPHENATED_SCALE.matcher(out).replaceAll(" ");
    }

    private static boolean threeDigitsAt(String text, int i) {
        int n = 0;
        while (i + n < text.length() && Character.isDigit(text.charAt(i + n))) {
            n++;
        }
        return n == 3;
    }
}
