package org.storyline.bench.extraction;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tool's score on the wide benchmark, trafilatura's metric ({@code tests/eval_common.py}): in the
 * whitespace-normalised body, a {@code with} snippet found is a true positive and one missed a false negative,
 * a {@code without} snippet found is a false positive and one absent a true negative; counts pooled over pages.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 * @param tn true negatives
 */
public record SnippetScore(int tp, int fp, int fn, int tn) {

    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

    /**
     * Scores {@code bodies} against {@code gold}; a page without a body counts as an empty one.
     *
     * @param bodies the extracted bodies by page key
     * @param gold   the snippet gold by page key
     * @return the pooled counts
     */
    public static SnippetScore of(Map<String, String> bodies, Map<String, SnippetGold> gold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Map.Entry<String, SnippetGold> page : gold.entrySet()) {
            String body = normalise(bodies.getOrDefault(page.getKey(), ""));
            for (String snippet : page.getValue().with()) {
                if (body.contains(normalise(snippet))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String snippet : page.getValue().without()) {
                if (body.contains(normalise(snippet))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new SnippetScore(tp, fp, fn, tn);
    }

    /** Unicode whitespace runs as one space, trimmed, as the metric's {@code norm} (Python's {@code \s}). */
    static String normalise(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** tp / (tp + fp), 0 without any. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** tp / (tp + fn), 0 without any. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** 2tp / (2tp + fp + fn), 0 without any. */
    public double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2 * tp / (double) (2 * tp + fp + fn);
    }

    /** (tp + tn) / all. */
    public double accuracy() {
        int all = tp + fp + fn + tn;
        return all == 0 ? 0 : (tp + tn) / (double) all;
    }
}
