package org.storyline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/**
 * Collects the text blocks of an article body in reading order: paragraphs, subheadings
 * ({@code h2}-{@code h4}), list items and block quotes. Page furniture ({@code nav}, {@code aside},
 * {@code header}, {@code footer}, {@code figure}, {@code form}) and non-text elements are skipped. A
 * block nested in another block (a {@code p} inside a {@code blockquote}) ends the outer block's text
 * so far and becomes a block of its own. Text outside any block is ignored. Each character keeps its
 * range in the raw HTML source (see {@link ReferenceDecoder}).
 */
final class BlockCollector implements NodeFilter {

    /** Elements whose whole subtree is not article text. */
    static final Set<String> SKIPPED = Set.of("nav", "aside", "footer", "header", "script", "style",
            "figure", "form", "noscript", "template", "iframe", "svg", "button", "select");

    /** Elements that make one text block each. */
    static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "li", "blockquote");

    private final String source;
    private final Element container;
    private final List<Paragraph> blocks = new ArrayList<>();
    private BlockTextBuilder current = new BlockTextBuilder();
    private int blockDepth;

    private BlockCollector(String source, Element container) {
        this.source = source;
        this.container = container;
    }

    /** The text blocks inside {@code container}, whose document was parsed from {@code source}. */
    static List<Paragraph> collect(Element container, String source) {
        BlockCollector collector = new BlockCollector(source, container);
        NodeTraversor.filter(collector, container);
        return collector.blocks;
    }

    /** Whether {@code element} or one of its ancestors is page furniture rather than article text. */
    static boolean isSkipped(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag) && element != container) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
                blockDepth++;
            } else if (blockDepth > 0 && (tag.equals("br") || element.isBlock())) {
                current.lineBreak();
            }
        } else if (node instanceof TextNode text && !(node instanceof CDataNode) && blockDepth > 0) {
            current.append(mapped(text));
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (BLOCKS.contains(element.normalName())) {
                flush();
                blockDepth--;
            } else if (blockDepth > 0 && element.isBlock()) {
                current.lineBreak();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        current.build().ifPresent(blocks::add);
    }

    /**
     * The text node's text with source ranges. When the decoding of its raw range does not give the
     * text the parser saw (which should not happen), every character maps to the node's whole range.
     */
    private Paragraph mapped(TextNode node) {
        String text = node.getWholeText();
        Range range = node.sourceRange();
        int start = Math.max(0, range.startPos());
        int end = Math.min(source.length(), Math.max(start, range.endPos()));
        if (range.isTracked()) {
            Paragraph decoded = ReferenceDecoder.decode(source, start, end);
            if (decoded.text().equals(text)) {
                return decoded;
            }
        }
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        Arrays.fill(starts, start);
        Arrays.fill(ends, end);
        return new Paragraph(text, OffsetMap.of(starts, ends));
    }
}
