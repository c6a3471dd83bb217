package org.storyline.bench.extraction;

import java.util.List;

/**
 * A tool's score over the pages of the benchmark.
 *
 * @param precision mean page precision over the pages with predicted text
 * @param recall    mean page recall over the pages with true text
 * @param f1        harmonic mean of {@code precision} and {@code recall}
 * @param accuracy  share of pages whose predicted token list equals the true one
 * @param pages     number of pages scored
 */
public record Score(double precision, double recall, double f1, double accuracy, int pages) {

    /**
     * The means over {@code pages}, as the benchmark defines them: pages with no predicted text are left out
     * of the precision mean, pages with no true text out of the recall mean; a mean over no page is 0.
     *
     * @param pages the page scores
     * @return the tool's score
     */
    public static Score of(List<PageScore> pages) {
        double precision = pages.stream().filter(PageScore::hasPrediction)
                .mapToDouble(PageScore::precision).average().orElse(0);
        double recall = pages.stream().filter(PageScore::hasTruth)
                .mapToDouble(PageScore::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.stream().filter(PageScore::exact).count() / (double) Math.max(1, pages.size());
        return new Score(precision, recall, f1, accuracy, pages.size());
    }
}
