package org.storyline.bench.extraction;

import java.util.List;

/**
 * Peers' figures that the benchmarks' publishers give, for printing beside storyline's: the F-score on the
 * whole wide set (990 pages, trafilatura's {@code docs/evaluation.rst}, 2026-08-04; the wide folder holds a
 * random half of it), and Readability.js's speed as {@code bench/readability/run.sh} measured it on the
 * 181 pages on this kind of machine.
 */
final class PublishedFigures {

    /** Readability.js 0.6.0 + jsdom 26.1.0, one thread, the 181 pages (README, 2026-11-23). */
    static final double READABILITY_JS_PAGES_PER_SECOND = 7.6;

    /**
     * A peer in both benchmarks.
     *
     * @param name     the peer's name
     * @param peerFile the name of its output file in the 181-page set's {@code peers/}, or {@code null}
     * @param wideF    its published F on the whole wide set, or {@code NaN} when none is published
     * @param note     what differs between the two figures, or empty
     */
    record Peer(String name, String peerFile, double wideF, String note) {
    }

    /** The peers, as their publishers name them. */
    static final List<Peer> PEERS = List.of(
            new Peer("trafilatura", "trafilatura", 0.924, "2.2.0 on the wide set"),
            new Peer("go-trafilatura", "go_trafilatura", Double.NaN, ""),
            new Peer("magic-html", null, 0.889, ""),
            new Peer("jusText", "justext", 0.862, ""),
            new Peer("news-please", "news_please", 0.836, ""),
            new Peer("readability-lxml", "readability", 0.826, ""),
            new Peer("Readability.js", "readability_js", Double.NaN, ""),
            new Peer("goose3", "goose3", 0.810, ""),
            new Peer("boilerpipe", "boilerpipe", 0.807, "boilerpy3 on the wide set"),
            new Peer("newspaper", "newspaper", 0.801, "newspaper4k on the wide set"),
            new Peer("AutoExtract (commercial)", "AutoExtract", Double.NaN, ""));

    private PublishedFigures() {
    }
}
