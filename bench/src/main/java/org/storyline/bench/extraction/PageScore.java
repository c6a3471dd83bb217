package org.storyline.bench.extraction;

/**
 * One page's shingle counts, normalised so that {@code tp + fp + fn} is 1 (or all 0 when both texts are
 * empty).
 *
 * @param tp    shingles both in the truth and in the prediction
 * @param fp    predicted shingles not in the truth
 * @param fn    true shingles not predicted
 * @param exact whether the true and predicted token lists are equal
 */
public record PageScore(double tp, double fp, double fn, boolean exact) {

    /** Whether the prediction has text, so that the page counts in the precision mean. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the truth has text, so that the page counts in the recall mean. */
    public boolean hasTruth() {
        return tp + fn > 0;
    }

    /** TP / (TP + FP); 1 when FP = FN = 0, 0 when TP = FP = 0. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
    }

    /** TP / (TP + FN); 1 when FP = FN = 0, 0 when TP = FN = 0. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
    }
}
