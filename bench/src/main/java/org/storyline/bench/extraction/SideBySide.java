package org.storyline.bench.extraction;

import java.util.Locale;
import java.util.Map;

/**
 * Prints both extraction benchmarks side by side: storyline's F on the 181 pages and on the wide set (this
 * run), and each peer's F on the 181 pages (its outputs scored by this run) beside its published F on the
 * whole wide set ({@link PublishedFigures}).
 */
final class SideBySide {

    private SideBySide() {
    }

    /**
     * The table.
     *
     * @param storyline181  storyline's F1 on the 181 pages
     * @param storylineWide storyline's F on the wide set's pages at hand, NaN when not run
     * @param peers         the peers' outputs on the 181 pages, by file name
     * @param truth         the 181 pages' true bodies
     */
    static String render(double storyline181, double storylineWide, Map<String, Map<String, String>> peers,
            Map<String, String> truth) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-26s %12s %12s  %s%n",
                "tool", "181 pages F1", "wide set F", "note"));
        table.append(row("storyline", storyline181, storylineWide, "this run; wide: the folder's half"));
        for (PublishedFigures.Peer peer : PublishedFigures.PEERS) {
            Map<String, String> output = peer.peerFile() == null ? null : peers.get(peer.peerFile());
            double f181 = output == null ? Double.NaN : ScoreTable.score(output, truth).f1();
            String note = (Double.isNaN(peer.wideF()) ? "" : "wide: published, whole set") 
                    + (peer.note().isEmpty() ? "" : "; " + peer.note());
            table.append(row(peer.name(), f181, peer.wideF(), note));
        }
        return table.toString();
    }

    private static String row(String name, double f181, double wide, String note) {
        return String.format(Locale.ROOT, "%-26s %12s %12s  %s%n", name, figure(f181), figure(wide), note);
    }

    private static String figure(double f) {
        return Double.isNaN(f) ? "-" : String.format(Locale.ROOT, "%.3f", f);
    }
}
