package org.storyline.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause speaks of the past or the future, from the words in {@code tense-markers.txt}
 * ({@code will}, {@code is set to}; {@code said}, {@code was}) and past forms in -ed after a name, a
 * pronoun or {@code has}/{@code have}/{@code had}. Only the clause around the position counts (split
 * at commas, semicolons, colons, dashes, brackets and subordinating words such as {@code as} or
 * {@code that}); a clause that holds nothing but a fronted time phrase ({@code On Wednesday, ...})
 * takes the next clause. When the clause has markers of both tenses the one nearest the position
 * wins; when it has none the tense is unknown.
 */
final class Tense {

    /** A tense a clause can have. */
    enum Value { PAST, FUTURE }

    private static final Map<String, String> MARKERS = Lexicon.groups("tense-markers.txt");
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "has",
            "have", "had");
    private static final Pattern BREAK = Pattern.compile(
            "[,;:–—()]|\\s-\\s|(?<![\\p{L}])(?i:as|that|while|when|because|although|though|but|whether|if|before"
                    + "|after|which|where|who)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    private Tense() {
    }

    /** The tense of the clause of {@code sentence} holding its characters {@code [from, to)}, or {@code null} when unclear. */
    static Value at(String sentence, int from, int to) {
        List<int[]> clauses = clauses(sentence);
        for (int i = 0; i < clauses.size(); i++) {
            int[] c = clauses.get(i);
            if (c[0] <= from && to <= c[1]) {
                Value value = nearest(sentence, c[0], c[1], from);
                boolean fronted = words(sentence.substring(c[0], c[1])).size() <= 3;
                if (value == null && fronted && i + 1 < clauses.size()) {
                    int[] next = clauses.get(i + 1);
                    value = nearest(sentence, next[0], next[1], from);
                }
                return value;
            }
        }
        return null;
    }

    private static List<int[]> clauses(String sentence) {
        List<int[]> clauses = new ArrayList<>();
        Matcher m = BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            clauses.add(new int[] {start, m.start()});
            start = m.end();
        }
        clauses.add(new int[] {start, sentence.length()});
        return clauses;
    }

    /** The tense of the marker in {@code [from, to)} closest to {@code at}. */
    private static Value nearest(String s, int from, int to, int at) {
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        m.region(from, to);
        while (m.find()) {
            tokens.add(m.group());
            starts.add(m.start());
        }
        Value best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Value value = markerAt(tokens, i);
            int d = Math.abs(starts.get(i) - at);
            if (value != null && d < distance) {
                best = value;
                distance = d;
            }
        }
        return best;
    }

    /** The tense shown by the phrase or word starting at token {@code i}, or {@code null}. */
    private static Value markerAt(List<String> tokens, int i) {
        for (int n = 3; n >= 1; n--) {
            if (i + n <= tokens.size()) {
                String phrase = String.join(" ", tokens.subList(i, i + n)).toLowerCase(Locale.ROOT);
                String label = MARKERS.get(phrase);
                if (label != null) {
                    return label.equals("future") ? Value.FUTURE : Value.PAST;
                }
            }
        }
        String word = tokens.get(i).toLowerCase(Locale.ROOT);
        if (word.endsWith("'ll") || word.endsWith("’ll")) {
            return Value.FUTURE;
        }
        if (word.length() > 4 && word.endsWith("ed") && i > 0) {
            String before = tokens.get(i - 1);
            boolean subject = SUBJECTS.contains(before.toLowerCase(Locale.ROOT))
                    || Character.isUpperCase(before.charAt(0)) && !FunctionWords.contains(before);
            return subject ? Value.PAST : null;
        }
        return null;
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
