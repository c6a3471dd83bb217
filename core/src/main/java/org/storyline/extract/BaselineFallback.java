package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.storyline.lang.StopWords;

/**
 * Recovers the article when the chosen container is too short for the page, as trafilatura does: a
 * baseline extraction (every block of the page that {@link BlockClassifier} judges article text, whatever
 * container it sits in) is compared with the container's text. When the container has no text, the baseline
 * is the body. When the container is short and the page has several times as much article text before it,
 * the container was a footer-like blurb after the article, and that earlier text is the body. Article text
 * after a short container (comments, teasers of other articles) does not count, since a short article is
 * often followed by much longer reader comments.
 */
final class BaselineFallback {

    private static final double RATIO = 2;
    private static final int MIN_BASELINE = 250;
    private static final int SHORT = 500;

    private BaselineFallback() {
    }

    /** {@code main}, or the baseline extraction of {@code body} when {@code main} is too short for the page. */
    static List<Block> better(List<Block> main, Element body, String source, StopWords stopWords) {
        int mainLength = BodyExtractor.length(main);
        if (mainLength >= SHORT) {
            return main;
        }
        TextStats stats = TextStats.measure(body, false);
        List<Block> all = BlockCollector.collect(List.of(body), source, stats);
        boolean[] good = BlockClassifier.good(all, stopWords);
        int mainStart = main.isEmpty() ? Integer.MAX_VALUE : BodyExtractor.start(main.get(0));
        List<Block> before = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (good[i] && BodyExtractor.start(all.get(i)) < mainStart) {
                before.add(all.get(i));
            }
        }
        before = BlockFilter.keep(before);
        int beforeLength = BodyExtractor.length(before);
        return beforeLength >= MIN_BASELINE && beforeLength > RATIO * mainLength ? before : main;
    }
}
