package org.storyline.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability's content scores: every paragraph-like piece of text of at least 25 characters gives
 * {@code 1 + commas + min(length / 100, 3)} points to its parent, half to its grandparent and a third of a
 * level's share to the ancestors above, up to five levels. An element first scored starts from a base for
 * its tag ({@code div} +5, lists -3, headings -5...) and its class and id names (+25 for article-like names,
 * -25 for furniture-like ones; {@code article} +10 and schema.org {@code articleBody} markup +25). A
 * block quote counts as one paragraph. The final score of an element is its points times one minus its link density.
 */
final class CandidateScores {

    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 5;
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll"
            + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");

    private final Map<Element, Double> points = new IdentityHashMap<>();
    private final TextStats stats;

    private CandidateScores(TextStats stats) {
        this.stats = stats;
    }

    /** Scores the ancestors of the paragraph-like text of {@code elements} (in document order). */
    static CandidateScores of(List<Element> elements, TextStats stats) {
        CandidateScores scores = new CandidateScores(stats);
        for (Element element : elements) {
            scores.scoreParagraph(element);
        }
        return scores;
    }

    /** The scored elements. */
    Set<Element> candidates() {
        return points.keySet();
    }

    /** Whether {@code element} received points. */
    boolean scored(Element element) {
        return points.containsKey(element);
    }

    /** Points times one minus link density; 0 for an element never scored. */
    double score(Element element) {
        Double p = points.get(element);
        return p == null ? 0 : p * (1 - stats.of(element).linkDensity());
    }

    /** +25 for an article-like class and id each, -25 for a furniture-like one. */
    static int classWeight(Element element) {
        return weight(element.className()) + weight(element.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int weight = NEGATIVE.matcher(lower).find() ? -25 : 0;
        return POSITIVE.matcher(lower).find() ? weight + 25 : weight;
    }

    private void scoreParagraph(Element element) {
        if (!stats.measured(element)) {
            return;
        }
        Element parent = element.parent();
        if (parent != null && parent.normalName().equals("blockquote")) {
            return; // the quote is scored as one paragraph
        }
        TextStats.Stats s = stats.of(element);
        boolean paragraph = PARAGRAPHS.contains(element.normalName());
        boolean virtual = !paragraph && TextStats.isBlock(element);
        int length = paragraph ? s.text() : virtual ? s.inline() : 0;
        if (length < MIN_PARAGRAPH) {
            return;
        }
        int commas = paragraph ? s.commas() : s.inlineCommas();
        double content = 1 + commas + Math.min(length / 100, 3);
        // Loose text beside blocks counts as a paragraph inside the element; alone, the element is the paragraph.
        Element ancestor = paragraph || !s.blockChildren() ? element.parent() : element;
        for (int level = 0; level < LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root")) {
                break;
            }
            double share = level == 0 ? content : level == 1 ? content / 2 : content / (level * 3);
            Element target = ancestor;
            points.merge(target, base(target) + share, Double::sum);
        }
    }

    /** The starting score of an element first scored; 0 afterwards (folded into the merge above). */
    private double base(Element element) {
        if (points.containsKey(element)) {
            return 0;
        }
        return tagBase(element.normalName()) + classWeight(element)
                + ("articleBody".equals(element.attr("itemprop")) ? 25 : 0);
    }

    private static int tagBase(String tag) {
        return switch (tag) {
            case "div" -> 5;
            case "article" -> 10;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }
}
