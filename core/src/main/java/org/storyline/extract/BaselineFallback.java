package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.storyline.lang.StopWords;

/**
 * Recovers the article when the chosen container is too short for the page, as trafilatura does: a
 * baseline extraction (every block of the page outside furniture that {@link BlockClassifier} judges article
 * text, whatever container it sits in) is compared with the container's text, and taken when it is several
 * times longer. Furniture here includes furniture by class name, so reader comments, which often follow a
 * short article and outgrow it, stay out of the baseline.
 */
final class BaselineFallback {

    private static final double RATIO = 2;
    private static final int MIN_BASELINE = 250;
    private static final int SHORT = 500;

    private BaselineFallback() {
    }

    /**
     * {@code main}, or the baseline extraction of the page when {@code main} is shorter than {@value #SHORT}
     * characters and the baseline more than twice as long.
     *
     * @param main      the container's blocks
     * @param body      the page's {@code body}
     * @param source    the page's source
     * @param stats     the page's measures, furniture by class names included
     * @param stopWords the page's stop words
     */
    static List<Block> better(List<Block> main, Element body, String source, TextStats stats, StopWords stopWords) {
        int mainLength = BodyExtractor.length(main);
        if (mainLength >= SHORT) {
            return main;
        }
        List<Block> all = BlockCollector.collect(List.of(body), source, stats);
        boolean[] good = BlockClassifier.good(all, stopWords);
        List<Block> baseline = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (good[i]) {
                baseline.add(all.get(i));
            }
        }
        baseline = BlockFilter.keep(baseline);
        int baselineLength = BodyExtractor.length(baseline);
        return baselineLength >= MIN_BASELINE && baselineLength > RATIO * mainLength ? baseline : main;
    }
}
