package org.storyline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Peels the notices off the end of an article: going back from its last block, blocks that carry a
 * copyright cue ({@code ©}, "copyright", "(c) 2024"), or that name the site itself ({@link SiteNames}) and
 * point to it (a link, a web or e-mail address: "follow Example News on our channel", "write to
 * news@example.com") are dropped, until the first block that is neither. A site that the article names before
 * its last blocks is its subject, and naming it there is no sign of a notice. Notices sit after the body; the same words inside the article are left alone.
 */
final class TailFilter {

    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|\\bcopyright|\\(c\\)\\s*(?:19|20)\\d\\d");
    private static final Pattern ADDRESS = Pattern.compile("@|https?://|www\\.|\\.(?:com|org|net)\\b");
    private static final int MAX_NOTICE = 400;
    /** Blocks at the end that may be notices; a site named before them is the article's subject. */
    private static final int TAIL = 3;

    private TailFilter() {
    }

    /** {@code blocks} without the notices at their end. */
    static List<Block> keep(List<Block> blocks, SiteNames site) {
        int end = blocks.size();
        SiteNames unused = null;
        while (end > 0) {
            Block block = blocks.get(end - 1);
            if (!isNotice(block, site)) {
                break;
            }
            if (!COPYRIGHT.matcher(block.text()).find()) {
                unused = unused != null ? unused : site.unusedIn(article(blocks));
                if (!isNotice(block, unused)) {
                    break;
                }
            }
            end--;
        }
        return end == blocks.size() ? blocks : blocks.subList(0, end);
    }

    /** The text of the blocks before the last {@value #TAIL}. */
    private static String article(List<Block> blocks) {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < blocks.size() - TAIL; i++) {
            article.append(blocks.get(i).text()).append('\n');
        }
        return article.toString();
    }

    /**
     * Whether {@code block} is short enough for a notice and names a copyright, or names the site and points
     * somewhere (a link, an address, an e-mail).
     */
    static boolean isNotice(Block block, SiteNames site) {
        String text = block.text();
        if (text.length() > MAX_NOTICE) {
            return false;
        }
        return COPYRIGHT.matcher(text).find()
                || (block.linkDensity() > 0 || ADDRESS.matcher(text).find()) && site.namedIn(text);
    }
}
