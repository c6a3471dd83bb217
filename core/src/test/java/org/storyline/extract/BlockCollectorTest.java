package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.storyline.model.Paragraph;
import org.storyline.testing.SourceMapping;

class BlockCollectorTest {

    private static List<Block> collect(String html) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        return BlockCollector.collect(List.of(page.body()), html, TextStats.measure(page.body(), true));
    }

    private static List<String> blocks(String html) {
        List<Paragraph> paragraphs = collect(html).stream().map(Block::paragraph).toList();
        paragraphs.forEach(p -> SourceMapping.assertMapsIntoSource(p, html));
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    @Test
    void takesParagraphsSubheadingsListItemsAndQuotesInOrderButNotTheHeadline() {
        assertThat(blocks("<h1>T</h1><p>one</p><h2>Sub</h2><ul><li>a</li><li>b</li></ul>"
                + "<blockquote>quoted</blockquote><h5>small</h5><p>two</p>"))
                .containsExactly("one", "Sub", "a", "b", "quoted", "small", "two");
    }

    @Test
    void marksHeadingsAndPartsOfTablesAndLists() {
        List<Block> blocks = collect("<h2>Sub</h2><p>text</p><table><tr><td>cell</td></tr></table>"
                + "<ul><li><p>item</p></li></ul><dl><dt>term</dt><dd>meaning</dd></dl><p>after</p>");
        assertThat(blocks).extracting(Block::text).containsExactly("Sub", "text", "cell", "item", "term",
                "meaning", "after");
        assertThat(blocks).extracting(Block::heading).containsExactly(true, false, false, false, false, false,
                false);
        assertThat(blocks).extracting(Block::item).containsExactly(false, false, true, true, true, true, false);
    }

    @Test
    void skipsPageFurnitureAndScripts() {
        assertThat(blocks("<nav><p>menu</p></nav><aside><p>related</p></aside><p>body<script>x()</script>"
                + " text of the article</p><figure><p>caption</p></figure><form><p>sign up</p></form><footer><p>c</p></footer>"))
                .containsExactly("body text of the article");
    }

    @Test
    void nestedBlockBecomesItsOwnParagraph() {
        assertThat(blocks("<blockquote><p>first</p><p>second</p></blockquote>"
                + "<ul><li>item<ul><li>sub</li></ul></li></ul>"))
                .containsExactly("first", "second", "item", "sub");
    }

    @Test
    void lineBreaksSeparateWordsAndInnerBlocksSeparateBlocks() {
        assertThat(blocks("<p>one<br>two</p><li><div>three</div><div>four</div></li>"))
                .containsExactly("one two", "three", "four");
    }

    @Test
    void inlineMarkupJoinsWithoutSpace() {
        assertThat(blocks("<p>re<b>mark</b>able, <a href='#'>link</a> &amp; more</p>"))
                .containsExactly("remarkable, link & more");
    }

    @Test
    void looseTextInDivisionsAndBetweenBlocksIsKept() {
        assertThat(blocks("<div>loose text<br>more</div><div>before<p>inner</p>after</div>"))
                .containsExactly("loose text more", "before", "inner", "after");
    }

    @Test
    void furnitureByClassNameIsSkippedUnlessNamesAreIgnored() {
        String html = "<div class=share-tools>Share this</div><p>kept because it is the article</p>";
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        assertThat(BlockCollector.collect(List.of(page.body()), html, TextStats.measure(page.body(), true))).hasSize(1);
        assertThat(BlockCollector.collect(List.of(page.body()), html, TextStats.measure(page.body(), false))).hasSize(2);
    }

    @Test
    void blockRecordsItsShareOfLinkText() {
        List<Block> blocks = collect("<p><a href=x>abcd</a> efgh</p>");
        assertThat(blocks.get(0).linkDensity()).isEqualTo(0.5);
    }
}
