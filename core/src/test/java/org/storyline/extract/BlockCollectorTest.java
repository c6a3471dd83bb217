package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.storyline.model.Paragraph;
import org.storyline.testing.SourceMapping;

class BlockCollectorTest {

    private static List<String> blocks(String html) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Paragraph> paragraphs = BlockCollector.collect(page.body(), html);
        paragraphs.forEach(p -> SourceMapping.assertMapsIntoSource(p, html));
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    @Test
    void takesParagraphsSubheadingsListItemsAndQuotesInOrder() {
        assertThat(blocks("<h1>T</h1><p>one</p><h2>Sub</h2><ul><li>a</li><li>b</li></ul>"
                + "<blockquote>quoted</blockquote><h5>small</h5><p>two</p>"))
                .containsExactly("one", "Sub", "a", "b", "quoted", "two");
    }

    @Test
    void skipsPageFurnitureAndScripts() {
        assertThat(blocks("<nav><p>menu</p></nav><aside><p>related</p></aside><p>body<script>x()</script>"
                + " text</p><figure><p>caption</p></figure><form><p>sign up</p></form><footer><p>c</p></footer>"))
                .containsExactly("body text");
    }

    @Test
    void nestedBlockBecomesItsOwnParagraph() {
        assertThat(blocks("<blockquote><p>first</p><p>second</p></blockquote>"
                + "<ul><li>item<ul><li>sub</li></ul></li></ul>"))
                .containsExactly("first", "second", "item", "sub");
    }

    @Test
    void lineBreaksAndInnerBlocksSeparateWords() {
        assertThat(blocks("<p>one<br>two</p><li><div>three</div><div>four</div></li>"))
                .containsExactly("one two", "three four");
    }

    @Test
    void inlineMarkupJoinsWithoutSpace() {
        assertThat(blocks("<p>re<b>mark</b>able, <a href='#'>link</a> &amp; more</p>"))
                .containsExactly("remarkable, link & more");
    }

    @Test
    void textOutsideBlocksIsIgnored() {
        assertThat(blocks("<div>loose text</div><p>kept</p>")).containsExactly("kept");
    }
}
