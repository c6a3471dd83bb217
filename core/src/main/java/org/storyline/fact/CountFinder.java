package org.storyline.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.FactKind;

/**
 * Finds counts: a number followed by the plural noun it counts, with at most a few modifiers between
 * ({@code 32 member states}, {@code ten bilateral meetings}, {@code 32 NATO allies}). The value is the
 * number and the noun's count class: {@code 32 countries}. Years, times, ordinals, numbers glued to
 * a hyphen ({@code 32-member}, {@code F-16}) and numbers that are part of a name ({@code Apollo 11})
 * or of a date ({@code October 17}) are not counts.
 */
final class CountFinder implements MentionFinder {

    private static final int MAX_MODIFIERS = 3;
    private static final Pattern NUMBER = Pattern.compile(Numbers.NUMBER + Numbers.SCALE + "(?![\\p{L}\\p{N}%-])");

    private final CountClasses classes = new CountClasses();

    @Override
    public List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group("num");
            String scale = m.group("scale");
            if (scale == null && Numbers.looksLikeYear(number) || partOfName(text, m.start()) || leadingZero(number)) {
                continue;
            }
            List<Words.Word> words = Words.after(text, m.end(), MAX_MODIFIERS + 1);
            int head = headIndex(words);
            if (head < 0) {
                continue;
            }
            BigDecimal count = Numbers.value(number, scale);
            String modifier = head > 0 ? words.get(head - 1).text() : null;
            String label = classes.classOf(modifier, words.get(head).text(), count);
            found.add(new Candidate(FactKind.COUNT, Numbers.plain(count) + " " + label, label,
                    m.start(), words.get(head).end()));
        }
        return found;
    }

    /** Whether {@code number} starts with a zero before another digit: a piece of {@code 10, 000} or a code, not a count. */
    private static boolean leadingZero(String number) {
        return number.length() > 1 && number.charAt(0) == '0' && Character.isDigit(number.charAt(1));
    }

    /**
     * Index of the counted plural among {@code words}: the first lower-case plural, unless it is not
     * counted ({@code years}) or a function word or month comes first; -1 when there is none.
     */
    private static int headIndex(List<Words.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (FunctionWords.contains(word) || Months.number(word) > 0) {
                return -1;
            }
            if (Character.isLowerCase(word.charAt(0)) && CountClasses.lemma(word) != null) {
                return CountClasses.isCountedPlural(word) ? i : -1;
            }
        }
        return -1;
    }

    /** Whether the number at {@code start} follows a month or a capitalised word that is not a function word or a possessive. */
    private static boolean partOfName(String text, int start) {
        Words.Word before = Words.before(text, start);
        if (before == null) {
            return false;
        }
        String word = before.text();
        if (Months.number(word) > 0) {
            return true;
        }
        boolean possessive = word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'") || word.endsWith("s’");
        return Character.isUpperCase(word.charAt(0)) && !possessive && !FunctionWords.contains(word);
    }
}
