package org.storyline.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element of a page, computed in one pass: visible characters (whitespace runs
 * count as one), characters inside links, commas, and the same for the element's own inline text (its
 * text outside nested block elements). Page furniture ({@link Boilerplate}) counts as empty and has no
 * entry.
 */
final class TextStats {

    /**
     * The measures of one element.
     *
     * @param text          visible characters
     * @param links         visible characters inside {@code a} elements
     * @param commas        commas (including the CJK ones)
     * @param inline        visible characters outside nested block elements
     * @param inlineCommas  commas outside nested block elements
     * @param blockChildren whether the element has block-level children
     */
    record Stats(int text, int links, int commas, int inline, int inlineCommas, boolean blockChildren) {

        /** Share of the text inside links, 0 for an empty element. */
        double linkDensity() {
            return text == 0 ? 0 : links / (double) text;
        }
    }

    private static final Stats EMPTY = new Stats(0, 0, 0, 0, 0, false);

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    /**
     * The measures of every element under {@code root}, {@code root} included; see {@link Boilerplate} for
     * {@code byName}. An element that holds half the page's text or more is never furniture by its tag, role,
     * hiding or name (a whole page wrapped in an element named like an ad slot, or inside a header left
     * unclosed), so those are weighed after a first pass that skips only what is never text.
     */
    static TextStats measure(Element root, boolean byName) {
        TextStats plain = measureText(root);
        int half = plain.of(root).text() / 2;
        return measure(root, element -> Boilerplate.isNeverText(element)
                || plain.of(element).text() < half && Boilerplate.isFurniture(element, byName));
    }

    /** The measures of every element under {@code root} where only what is never text counts as furniture. */
    static TextStats measureText(Element root) {
        return measure(root, Boilerplate::isNeverText);
    }

    /**
     * The measures of the elements under {@code root} for the text between a headline and the body, source
     * positions {@code from} to {@code to}: elements wholly outside them count as furniture, and so does
     * furniture by names ({@link #measure}), except that {@code header} elements count as text (an article's
     * header holds its standfirst).
     */
    static TextStats measureWithHeaders(Element root, int from, int to) {
        return measure(root, element -> outside(element, from, to) || Boilerplate.isNeverText(element)
                || !element.normalName().equals("header") && Boilerplate.isFurniture(element, true));
    }

    /** Whether {@code element}'s source lies wholly before {@code from} or after {@code to}, as far as known. */
    private static boolean outside(Element element, int from, int to) {
        return element.sourceRange().isTracked() && element.sourceRange().startPos() >= to
                || element.endSourceRange().isTracked() && element.endSourceRange().endPos() <= from;
    }

    private static TextStats measure(Element root, Predicate<Element> furniture) {
        TextStats result = new TextStats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && e != root && furniture.test(e)
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    result.stats.put(e, result.compute(e));
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return result;
    }

    /** The measures of {@code element}; empty for furniture or elements outside the measured tree. */
    Stats of(Element element) {
        return stats.getOrDefault(element, EMPTY);
    }

    /** Whether {@code element} was measured, that is, it is not furniture. */
    boolean measured(Element element) {
        return stats.containsKey(element);
    }

    private Stats compute(Element element) {
        int text = 0;
        int links = 0;
        int commas = 0;
        int inline = 0;
        int inlineCommas = 0;
        boolean blocks = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                int[] counts = count(t.getWholeText());
                text += counts[0];
                commas += counts[1];
                inline += counts[0];
                inlineCommas += counts[1];
            } else if (child instanceof Element c) {
                Stats s = of(c);
                text += s.text;
                links += c.normalName().equals("a") ? s.text : s.links;
                commas += s.commas;
                if (isBlock(c)) {
                    blocks = true;
                } else {
                    inline += s.inline;
                    inlineCommas += s.inlineCommas;
                }
            }
        }
        return new Stats(text, links, commas, inline, inlineCommas, blocks);
    }

    /** Whether {@code element} starts a new block of text (a paragraph, a list, a division...). */
    static boolean isBlock(Element element) {
        return element.isBlock() && !element.normalName().equals("br");
    }

    /** Visible characters (a whitespace run counts once) and commas of {@code s}. */
    private static int[] count(String s) {
        int chars = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (BlockTextBuilder.isHtmlSpace(c) || c == '\u00A0') {
                if (!space) {
                    chars++;
                }
                space = true;
            } else {
                chars++;
                space = false;
                if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                    commas++;
                }
            }
        }
        return new int[] {chars, commas};
    }
}
