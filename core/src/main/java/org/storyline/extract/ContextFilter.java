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
 * the container's last prose, when it has a long paragraph at all, such as the heading of a list of related
 * links or a "share this" line, or between boilerplate on both sides (the container's edges count as
 * boilerplate). Cells of tables and items
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
        boolean longProse = false;
        for (Block block : blocks) {
            Kind kind = BlockClassifier.kind(block, stopWords);
            if (kind == Kind.BAD && block.linkDensity() <= BlockClassifier.MAX_LINK_DENSITY
                    && block.text().indexOf('©') < 0) {
                kind = Kind.NEAR_GOOD; // long text with few function words (a table, a list of names) is content
            }
            if (kind == Kind.GOOD || kind == Kind.NEAR_GOOD) {
                lastProse = kinds.size();
            }
            longProse |= kind == Kind.GOOD;
            kinds.add(kind);
        }
        if (!longProse) {
            lastProse = blocks.size(); // a container without a long paragraph has no clear end of its prose
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped(blocks.get(i), kinds, i, lastProse)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static boolean isSentence(Block block) {
        return SENTENCE_END.matcher(block.text()).find();
    }

    private static boolean dropped(Block block, List<Kind> kinds, int i, int lastProse) {
        if (kinds.get(i) != Kind.SHORT || block.item() || isSentence(block)) {
            return false;
        }
        return i > lastProse
                || BlockClassifier.neighbour(kinds, i, -1, false) == Kind.BAD
                && BlockClassifier.neighbour(kinds, i, 1, false) == Kind.BAD;
    }
}
