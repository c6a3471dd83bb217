package org.storyline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the text blocks of an article container that are not article text: blocks that are mostly link
 * text (menus, lists of related articles, tag lists, "read more" lines; over half link text, or 65%
 * for blocks longer than 200 characters or that end as sentences, where a linked headline leads a summary
 * or a sentence links its own words), and short blocks that are
 * furniture by their wording: advertising labels, share, follow and comment prompts, newsletter and
 * subscription promos, cookie and JavaScript notices, copyright lines, bylines ("By Ann Lee") and date
 * lines ("Updated 11/18/19 11:04 PM"), photo credits, share counts and shortcode debris. A cell of a table or an
 * item of a list is never taken for a byline, date line or credit: a table of results or a list of dates is
 * content. A block that a server's script error opens ("Warning: ... in /var/www/x.php on line 12") is debris of
 * the page, whatever its length.
 */
final class BlockFilter {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double MAX_LINK_DENSITY_LONG = 0.65;
    private static final int SHORT = 200;
    private static final int LINE = 80;
    private static final Pattern FURNITURE_TEXT = Pattern.compile("(?iu)^(?:advert|advertisement|advertising|"
            + "sponsored(?: content)?|ads?|continue reading|read more|read next|related|related (?:articles?|posts?"
            + "|stories)|more from .{0,40}|share( this)?( article| story| post)?|share on .{0,20}|follow us.*|"
            + "sharing is caring|\\d*\\s*shares?|tags?|topics|trending(?: now)?|most (?:read|popular|viewed)|"
            + "popular posts|(?:previous|next|older|newer) (?:post|article|story|entry)|recommended(?: for you)?|you (?:may|might) (?:also )?like.*|post a comment|"
            + "leave a (?:comment|reply)|\\d* ?comments?|tell us what you think|join the (?:conversation|discussion)|"
            + "sign up .{0,120}|subscribe .{0,150}|.{0,60}cookies?.{0,120}|.{0,60}javascript.{0,60}|"
            + ".{0,100}all rights reserved.{0,60}|click here .{0,100}|tap here .{0,100}|image:? .{0,80}|"
            + "photo:? .{0,80}|(?:story )?continues below.*|skip (?:to )?.{0,30}|loading.{0,10})[.!:…]*$");
    private static final Pattern SERVER_ERROR = Pattern.compile("^(?:Warning|Notice|Deprecated|Strict Standards"
            + "|(?:Parse|Fatal) error): .{1,400}? in /\\S+ on line \\d+");
    private static final Pattern SHORTCODE = Pattern.compile("^\\[\\w+[^\\]]*\\].*\\[/\\w+\\]$");
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:getty images|shutterstock|istock(?:photo)?|"
            + "ap photo|afp photo|reuters|epa|dpa|associated press|bloomberg)\\b");
    private static final Pattern PROMO = Pattern.compile("(?iu)(?:sign up|subscribe|register).{0,120}"
            + "(?:newsletter|inbox|e-?mail)|newsletter.{0,120}(?:sign up|subscribe|inbox)");
    private static final Pattern BYLINE = Pattern.compile("^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished) )?[Bb]y:? \\p{Lu}");
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(?:updated|published|posted|last (?:updated|modified)"
            + "|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato)\\b");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}:\\d{2}"
            + "|(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”»)]\\s*$");

    private BlockFilter() {
    }

    /** The blocks of {@code blocks} that are article text, in order. */
    static List<Block> keep(List<Block> blocks) {
        return blocks.stream().filter(BlockFilter::isArticleText).toList();
    }

    /** Whether {@code block} is article text. */
    static boolean isArticleText(Block block) {
        String text = block.paragraph().text();
        double maxLinks = text.length() > SHORT || isSentence(text) ? MAX_LINK_DENSITY_LONG : MAX_LINK_DENSITY;
        if (block.linkDensity() > maxLinks) {
            return false;
        }
        if (SERVER_ERROR.matcher(text).find()) {
            return false;
        }
        if (text.length() > SHORT) {
            return true;
        }
        if (FURNITURE_TEXT.matcher(text).matches() || PROMO.matcher(text).find() || text.indexOf('©') >= 0
                || SHORTCODE.matcher(text).matches()) {
            return false;
        }
        return text.length() > LINE || block.item() || !isBylineOrDateLine(text) && !isCredit(text);
    }

    /**
     * Whether a line is a byline ("By Ann Lee") or a date line ("Updated ...", "Oct 6, 2018 10:04"); the
     * signature line of an embedded post ("— Ann Lee (@annlee) October 9, 2018") is neither.
     */
    static boolean isBylineOrDateLine(String text) {
        if (text.contains("(@")) {
            return false;
        }
        if (BYLINE.matcher(text).find() || DATE_LINE.matcher(text).find()) {
            return true;
        }
        return DATE.matcher(text).find() && !SENTENCE_END.matcher(text).find() && words(text) <= 8;
    }

    /** Whether a line credits a photo agency ("Ann Lee | Getty Images") rather than saying something. */
    static boolean isCredit(String text) {
        return CREDIT.matcher(text).find() && !SENTENCE_END.matcher(text).find() && words(text) <= 8;
    }

    /** Whether {@code text} reads as a sentence: six words or more, ending with sentence punctuation. */
    private static boolean isSentence(String text) {
        return words(text) >= 6 && SENTENCE_END.matcher(text).find();
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
