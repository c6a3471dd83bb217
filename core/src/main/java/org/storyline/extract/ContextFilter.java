package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.extract.BlockClassifier.Kind;
import org.storyline.lang.StopWords;

/**
 * Drops the blocks of an article container that their surroundings mark as boilerplate, by jusText's
 * context rules over {@link BlockClassifier}'s classes, where boilerplate means link text (long text with
 * few function words, a table or a list of names, counts as content here): a short label (no sentence) after
 * the container's last prose, such as the heading of a list of related links or a "share this" line, or
 * between boilerplate on both sides (the container's edges count as boilerplate). Cells of tables and items
 * of lists are not labels. Longer blocks are left to {@link BlockFilter}.
 */
final class ContextFilter {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!…][\"'”’»)]*\\s*$");

    private ContextFilter() {
    }

    /** {@code blocks} without those that their context marks as boilerplate, in order. */
    static List<Block> keep(List<Block> blocks, StopWords stopWords) {
        List<Kind> kinds = new ArrayList<>(blocks.size());
        int lastProse = -1;
        for (Block block : blocks) {
            Kind kind = BlockClassifier.kind(block, stopWords);
            if (kind == Kind.BAD && block.linkDensity() <= BlockClassifier.MAX_LINK_DENSITY
                    && block.text().indexOf('©') < 0) {
                kind = Kind.NEAR_GOOD; // long text with few function words (a table, a list of names) is content
            }
            if (kind == Kind.GOOD || kind == Kind.NEAR_GOOD) {
                lastProse = kinds.size();
            }
            kinds.add(kind);
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped(blocks.get(i), kinds, i, lastProse)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static boolean dropped(Block block, List<Kind> kinds, int i, int lastProse) {
        if (kinds.get(i) != Kind.SHORT || block.item() || SENTENCE_END.matcher(block.text()).find()) {
            return false;
        }
        return i > lastProse
                || neighbour(kinds, i, -1) == Kind.BAD && neighbour(kinds, i, 1) == Kind.BAD;
    }

    /** The class of the nearest block before (-1) or after (+1) {@code i} that is not short; bad past the ends. */
    private static Kind neighbour(List<Kind> kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.size(); j += step) {
            if (kinds.get(j) != Kind.SHORT) {
                return kinds.get(j);
            }
        }
        return Kind.BAD;
    }
}
