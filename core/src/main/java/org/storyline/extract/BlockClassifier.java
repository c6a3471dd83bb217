package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.storyline.lang.StopWords;

/**
 * Tells article text from boilerplate block by block, as jusText does (Pomikálek 2011): a block is first
 * judged alone by its length, link density and stop-word density in the page's language (prose is long,
 * has few links and many function words; menus, labels, teaser lines and notices are short, linked or
 * made of names), then short and borderline blocks take the class of their surroundings, and headings
 * shortly before good text are kept. A page whose language has no stop-word list is judged by length and
 * links alone. Stateless; the thresholds are jusText's defaults.
 */
final class BlockClassifier {

    /** The first, context-free class of a block. */
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    static final double MAX_LINK_DENSITY = 0.2;
    static final int MAX_HEADING_DISTANCE = 200;
    static final int CJK_WEIGHT = 3;

    private BlockClassifier() {
    }

    /** Whether each of {@code blocks} (in reading order) is article text, after the context is weighed. */
    static boolean[] good(List<Block> blocks, StopWords stopWords) {
        List<Kind> kinds = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            kinds.add(kind(block, stopWords));
        }
        return revise(blocks, kinds);
    }

    /** The context-free class of {@code block}. */
    static Kind kind(Block block, StopWords stopWords) {
        String text = block.text();
        int length = weightedLength(text);
        if (block.linkDensity() > MAX_LINK_DENSITY || text.indexOf('©') >= 0) {
            return Kind.BAD;
        }
        if (length < LENGTH_LOW) {
            return block.linkDensity() > 0 ? Kind.BAD : Kind.SHORT;
        }
        double density = stopWords.isEmpty() ? 1 : stopWords.count(text).density();
        if (density >= STOPWORDS_HIGH) {
            return length > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
        }
        return density >= STOPWORDS_LOW ? Kind.NEAR_GOOD : Kind.BAD;
    }

    /**
     * The length of {@code text} in characters, a Chinese, Japanese or Korean character counting as
     * {@value #CJK_WEIGHT} (one such character carries about as much as a short word of an alphabetic script).
     */
    static int weightedLength(String text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u1100') {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                length += CJK_WEIGHT - 1;
            }
        }
        return length;
    }

    private static boolean[] revise(List<Block> blocks, List<Kind> first) {
        List<Kind> kinds = new ArrayList<>(first);
        for (int i = 0; i < kinds.size(); i++) {
            if (blocks.get(i).heading() && first.get(i) == Kind.SHORT && goodFollows(blocks, first, i)) {
                kinds.set(i, Kind.NEAR_GOOD);
            }
        }
        List<Kind> shortsResolved = new ArrayList<>(kinds);
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == Kind.SHORT) {
                shortsResolved.set(i, shortClass(kinds, i));
            }
        }
        boolean[] good = new boolean[kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = shortsResolved.get(i);
            good[i] = kind == Kind.GOOD || kind == Kind.NEAR_GOOD
                    && (neighbour(shortsResolved, i, -1, true) != Kind.BAD
                    || neighbour(shortsResolved, i, 1, true) != Kind.BAD);
        }
        for (int i = 0; i < good.length; i++) {
            if (!good[i] && blocks.get(i).heading() && first.get(i) != Kind.BAD && goodFollows(blocks, first, i)) {
                good[i] = true;
            }
        }
        return good;
    }

    /** A short block between good blocks is good, between bad ones bad; between both, good only beside near-good. */
    private static Kind shortClass(List<Kind> kinds, int i) {
        Kind previous = neighbour(kinds, i, -1, true);
        Kind next = neighbour(kinds, i, 1, true);
        if (previous == Kind.GOOD && next == Kind.GOOD) {
            return Kind.GOOD;
        }
        if (previous == Kind.BAD && next == Kind.BAD) {
            return Kind.BAD;
        }
        boolean nearGoodBeside = previous == Kind.BAD && neighbour(kinds, i, -1, false) == Kind.NEAR_GOOD
                || next == Kind.BAD && neighbour(kinds, i, 1, false) == Kind.NEAR_GOOD;
        return nearGoodBeside ? Kind.GOOD : Kind.BAD;
    }

    /**
     * The class of the nearest block before ({@code step} -1) or after (+1) {@code i} that is not short (nor
     * near-good when {@code skipNearGood}); {@link Kind#BAD} past either end of the page.
     */
    static Kind neighbour(List<Kind> kinds, int i, int step, boolean skipNearGood) {
        for (int j = i + step; j >= 0 && j < kinds.size(); j += step) {
            Kind kind = kinds.get(j);
            if (kind == Kind.GOOD || kind == Kind.BAD) {
                return kind;
            }
            if (kind == Kind.NEAR_GOOD && !skipNearGood) {
                return kind;
            }
        }
        return Kind.BAD;
    }

    /** Whether a good block starts within {@value #MAX_HEADING_DISTANCE} characters after block {@code i}. */
    private static boolean goodFollows(List<Block> blocks, List<Kind> kinds, int i) {
        int distance = 0;
        for (int j = i + 1; j < blocks.size() && distance <= MAX_HEADING_DISTANCE; j++) {
            if (kinds.get(j) == Kind.GOOD) {
                return true;
            }
            distance += blocks.get(j).text().length();
        }
        return false;
    }
}
