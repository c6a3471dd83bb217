package org.storyline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the text blocks of an article container that are not article text: blocks that are mostly link
 * text (menus, lists of related articles, tag lists, "read more" lines), and short blocks that are
 * furniture by their wording (advertising labels, share and follow prompts, newsletter and subscription
 * promos, cookie notices, copyright lines).
 */
final class BlockFilter {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int SHORT = 200;
    private static final Pattern FURNITURE_TEXT = Pattern.compile("(?iu)^(?:advertisement|advertising|"
            + "sponsored(?: content)?|ad|continue reading|read more|read next|related|related articles?|"
            + "more from .{0,40}|share( this)?( article| story)?|share on .{0,20}|follow us.*|"
            + "sign up .{0,120}|subscribe .{0,150}|.{0,80}newsletter.{0,80}|.{0,60}cookies?.{0,120}|"
            + "(?:copyright|©|\\(c\\)) .{0,150}|.{0,100}all rights reserved.{0,60}|"
            + "click here .{0,100}|tap here .{0,100}|image:? .{0,80}|photo:? .{0,80}|"
            + "(?:story )?continues below.*|skip (?:to )?.{0,30}|loading.{0,10}|comments?|\\d+ comments?)"
            + "[.!:…]*$");

    private BlockFilter() {
    }

    /** The blocks of {@code blocks} that are article text, in order. */
    static List<Block> keep(List<Block> blocks) {
        return blocks.stream().filter(BlockFilter::isArticleText).toList();
    }

    /** Whether {@code block} is article text. */
    static boolean isArticleText(Block block) {
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        String text = block.paragraph().text();
        return text.length() > SHORT || !FURNITURE_TEXT.matcher(text).matches();
    }
}
