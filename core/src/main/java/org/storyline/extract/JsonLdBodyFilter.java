package org.storyline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Uses the JSON-LD {@code articleBody} of a page, when it gives the whole article, as a second opinion on
 * the extracted blocks: a block none of whose word trigrams occurs in it (a caption, a promo, a related
 * link that the layout put inside the article) is dropped. The JSON-LD body counts as whole only when it is
 * long and holds most of the extracted blocks; otherwise (a summary, a teaser, another article) the blocks
 * are left as they are.
 */
final class JsonLdBodyFilter {

    private static final int MIN_BODY = 500;
    private static final double MIN_SHARED = 0.7;
    private static final int GRAM = 3;

    private JsonLdBodyFilter() {
    }

    /** {@code blocks} without those absent from {@code articleBody} (may be null), when it gives the whole article. */
    static List<Block> filter(List<Block> blocks, String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY || blocks.isEmpty()) {
            return blocks;
        }
        List<String> bodyWords = words(articleBody);
        Set<String> known = grams(bodyWords);
        Set<String> knownWords = new HashSet<>(bodyWords);
        List<Block> kept = new ArrayList<>();
        int keptChars = 0;
        int allChars = 0;
        for (Block block : blocks) {
            int chars = block.paragraph().text().length();
            allChars += chars;
            if (occurs(words(block.paragraph().text()), known, knownWords)) {
                kept.add(block);
                keptChars += chars;
            }
        }
        return keptChars >= MIN_SHARED * allChars ? kept : blocks;
    }

    /** Whether one of the block's trigrams is known; a block of fewer words, whether all its words are. */
    private static boolean occurs(List<String> words, Set<String> known, Set<String> knownWords) {
        if (words.size() < GRAM) {
            return knownWords.containsAll(words);
        }
        for (String gram : grams(words)) {
            if (known.contains(gram)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> grams(List<String> words) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= words.size(); i++) {
            grams.add(String.join(" ", words.subList(i, i + GRAM)));
        }
        return grams;
    }

    /** The lower-case runs of letters and digits of {@code text}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
