package org.storyline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises elements that are page furniture rather than article text, whatever their content: non-text
 * elements, navigation, asides, headers and footers, figures and their captions, hidden elements,
 * and elements whose ARIA role, class or id names a furniture kind (comments, sharing buttons, related
 * articles, newsletter and subscription promos, cookie banners, advertising, sidebars, author boxes...).
 * Forms count with the names, since some sites wrap a whole page in one. Class and id names that also
 * name article content ({@code article}, {@code body}, {@code content},
 * {@code main}, {@code story}...) do not make an element furniture, as in Readability.
 */
final class Boilerplate {

    /** Elements whose whole subtree is never article text: code, media, controls, metadata, navigation. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "button", "select", "textarea", "input", "label", "object", "embed", "canvas", "video", "audio", "map",
            "head", "link", "meta", "title", "picture", "source", "rt", "rp", "nav", "figure", "figcaption", "dialog", "menu");

    /**
     * Sectioning elements that usually hold page furniture but that some pages wrap their article in (an
     * aside of the main column, a header left unclosed): asides, headers and footers.
     */
    static final Set<String> LAYOUT = Set.of("aside", "footer", "header");

    private static final Set<String> ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog", "menu", "menubar", "search", "tablist", "toolbar");

    /**
     * Names of furniture: group {@code note} names notes on the page (captions, credits, bylines, author
     * notes, hidden parts, share bars, breadcrumbs, tooltips, disclaimers) and advertising tokens, furniture
     * whatever else the name says; the other alternatives name furniture unless a content word ({@link
     * #CONTENT}) is in the name too. One pattern, so that a name is scanned once.
     */
    private static final Pattern FURNITURE = Pattern.compile("(?<note>caption|credit|copyright|byline|author"
            + "|(?:^|[\\s_-])bio(?:$|[\\s_-])|(?:^|\\s)hidden(?:$|\\s)|share|sharing|breadcrumb|tooltip|disclaimer"
            + "|disclosure|(?:^|[\\s_-])(?:ad|ads|adv|advertisement)(?:$|[\\s_-]))"
            + "|comment|social-(?:links|icons|buttons|bar|follow)|related|recommend"
            + "|newsletter|subscri|signup|sign-up|promo|cookie|consent|gdpr|sidebar|widget|masthead"
            + "|banner|sponsor|outbrain|taboola|popup|modal|overlay|disqus|footer|header|menu|navbar"
            + "|skip-link|skiplink|print-only|pagination|tags|tag-list|taglist"
            + "|about-author|dateline|timestamp|read-more|readmore|more-stories"
            + "|most-popular|mostpopular|trending|toolbar|follow|rss|jump|ad-slot|adslot|advert|dfp|remark"
            + "|replies|shoutbox|skyscraper|supplemental|agegate|yom-remote|community|extra|meta-?data|post-meta"
            + "|article-meta|entry-meta|subhead-meta|inline-?(?:ad|related|promo)|sr-only|visually-hidden"
            + "|screen-reader|offscreen|login|nocontent|noprint");

    private static final Pattern CONTENT = Pattern.compile("article|body|content|main|column|shadow|story"
            + "|entry-content|post-content|text");

    /** Verdicts on class and id names seen before: pages of a site, and elements of a page, share them. */
    private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();
    private static final int MAX_VERDICTS = 100_000;

    private Boilerplate() {
    }

    /** Whether {@code element} never holds article text, whatever the page: code, media, controls, hidden parts. */
    static boolean isNeverText(Element element) {
        return NEVER_TEXT.contains(element.normalName()) || isHidden(element);
    }

    /**
     * Whether {@code element}'s whole subtree is page furniture.
     *
     * @param byName whether class and id names count, or only the tag, the role and hiding
     */
    static boolean isFurniture(Element element, boolean byName) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag) || LAYOUT.contains(tag)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return isHidden(element) || ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || byName && (tag.equals("form") || hasFurnitureName(element));
    }

    /**
     * Whether the page hides {@code element}: {@code hidden}, {@code aria-hidden}, an inline display:none style,
     * or the class {@code hidden} or {@code d-none} that style sheets use for it.
     */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || element.hasClass("hidden") || element.hasClass("d-none")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * Whether the class or id of {@code element} names page furniture and no article content, or names a note
     * about the page or its pictures even beside a content word ({@code caption-text}, {@code author-bio}):
     * captions, credits, copyright lines, bylines, author notes, hidden parts, share bars, breadcrumbs,
     * tooltips, disclaimers.
     */
    static boolean hasFurnitureName(Element element) {
        String names = names(element);
        if (names.isEmpty()) {
            return false;
        }
        Boolean known = VERDICTS.get(names);
        if (known != null) {
            return known;
        }
        if (VERDICTS.size() > MAX_VERDICTS) {
            VERDICTS.clear();
        }
        boolean verdict = namesFurniture(names);
        VERDICTS.put(names, verdict);
        return verdict;
    }

    private static boolean namesFurniture(String names) {
        Matcher matcher = FURNITURE.matcher(names);
        boolean furniture = false;
        while (matcher.find()) {
            if (matcher.start("note") >= 0) {
                return true;
            }
            furniture = true;
        }
        return furniture && !CONTENT.matcher(names).find();
    }

    /** The class and id of {@code element}, lower case, separated by a space; empty when it has neither. */
    static String names(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT).trim();
    }
}
