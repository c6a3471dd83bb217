package org.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the extraction benchmark, as its README defines it (and as the reference
 * {@code evaluate.py} computes it). Texts are split into Unicode {@code \w+} tokens; each text gives its
 * 4-token shingles with their counts (a text of 1 to 3 tokens gives one shingle of all its tokens, an
 * empty text none); a page scores TP = shared shingles (minimum of the counts), FP = extra predicted,
 * FN = missed, normalised by their sum so that every page weighs the same. See {@link PageScore} for the
 * page precision and recall and {@link Score#of} for the means over pages.
 */
public final class ShingleScorer {

    /** Shingle length in tokens. */
    public static final int SHINGLE = 4;

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleScorer() {
    }

    /**
     * The tokens of {@code text}: its maximal runs of Unicode word characters.
     *
     * @param text any text; {@code null} counts as empty
     * @return the tokens in order
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /**
     * The shingles of {@code text} with how often each occurs.
     *
     * @param text any text; {@code null} counts as empty
     * @return shingle (tokens joined by one space) to count
     */
    public static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Scores one page.
     *
     * @param truth     the true article body
     * @param predicted the extracted article body ({@code null} counts as empty)
     * @return the normalised TP, FP, FN and whether the token lists are equal
     */
    public static PageScore score(String truth, String predicted) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> actual = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            int got = actual.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), got);
            fn += Math.max(0, e.getValue() - got);
        }
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            fp += Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(tp, fp, fn, tokens(truth).equals(tokens(predicted)));
    }
}
