package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.storyline.extract.BlockClassifier.Kind;
import org.storyline.lang.StopWords;

/**
 * Drops the short blocks of an article container (labels, headings, one-line notices) that their
 * surroundings mark as boilerplate, with {@link BlockClassifier}'s context-free classes: a short block
 * after the container's last block of prose that is followed by boilerplate (the heading of a list of related
 * links, a "share this" label before the buttons' links), and a short block with boilerplate on both sides
 * (edges of the container count as boilerplate). Longer blocks are left to {@link BlockFilter}.
 */
final class ShortBlockFilter {

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!…][\"'”’»)]*\\s*$");

    private ShortBlockFilter() {
    }

    /** {@code blocks} without the short ones that their context marks as boilerplate, in order. */
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
            Block block = blocks.get(i);
            if (kinds.get(i) != Kind.SHORT || block.item() || endsSentence(block.text())
                    || !boilerplate(kinds, i, lastProse)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean boilerplate(List<Kind> kinds, int i, int lastProse) {
        return i > lastProse || neighbour(kinds, i, 1) == Kind.BAD && neighbour(kinds, i, -1) == Kind.BAD;
    }

    private static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
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
