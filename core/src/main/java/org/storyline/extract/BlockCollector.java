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
 * Collects the text blocks of the article's containers in reading order. Every block-level element
 * (paragraph, heading, list item, quote, division...) starts and ends a block, so text between nested
 * blocks and text separated only by {@code <br>} inside a division is kept too; {@code <br>} becomes a
 * space. Page furniture ({@link Boilerplate}) and {@code h1} (the headline) are skipped. Each block
 * records how much of its text is link text, for {@link BlockFilter}, whether it is a heading and whether it
 * is part of a table or list. Each character keeps its range in
 * the raw HTML source (see {@link ReferenceDecoder}).
 */
final class BlockCollector implements NodeFilter {

    private final String source;
    private final Element container;
    private final TextStats stats;
    private final List<Block> blocks;
    private final BlockTextBuilder current = new BlockTextBuilder();
    private static final Set<String> ITEMS = Set.of("td", "th", "li", "dt", "dd");

    private int linkDepth;
    private int itemDepth;
    private int chars;
    private int linkChars;

    private BlockCollector(String source, Element container, TextStats stats, List<Block> blocks) {
        this.source = source;
        this.stats = stats;
        this.container = container;
        this.blocks = blocks;
    }

    /**
     * The text blocks inside {@code containers}, in order; their document was parsed from {@code source}.
     * Furniture is what {@code stats} left unmeasured ({@link TextStats#measured}).
     */
    static List<Block> collect(List<Element> containers, String source, TextStats stats) {
        List<Block> blocks = new ArrayList<>();
        for (Element container : containers) {
            BlockCollector collector = new BlockCollector(source, container, stats, blocks);
            NodeTraversor.filter(collector, container);
            collector.flush();
        }
        return blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (element != container && (!stats.measured(element) || tag.equals("h1"))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                current.lineBreak();
            } else if (TextStats.isBlock(element)) {
                flush();
                itemDepth += ITEMS.contains(tag) ? 1 : 0;
            } else if (tag.equals("a")) {
                linkDepth++;
            }
        } else if (node instanceof TextNode text && !(node instanceof CDataNode)) {
            Paragraph piece = mapped(text);
            int visible = visible(piece.text());
            chars += visible;
            linkChars += linkDepth > 0 ? visible : 0;
            current.append(piece);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (element.normalName().equals("a")) {
                linkDepth--;
            } else if (TextStats.isBlock(element)) {
                flush(isHeading(element));
                itemDepth -= ITEMS.contains(element.normalName()) ? 1 : 0;
            }
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isHeading(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private void flush() {
        flush(false);
    }

    private void flush(boolean heading) {
        current.build().ifPresent(p -> blocks.add(new Block(p, chars == 0 ? 0 : linkChars / (double) chars,
                heading, itemDepth > 0)));
        chars = 0;
        linkChars = 0;
    }

    private static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!BlockTextBuilder.isHtmlSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
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
