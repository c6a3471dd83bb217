package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContainerFinderTest {

    private static final String SENTENCE = "This is a sentence of article text, long enough to count as a paragraph. ";

    private static List<String> containerIds(String html) {
        Document page = Jsoup.parse(html);
        return ContainerFinder.find(page, TextStats.measure(page.body(), true)).stream().map(Element::id).toList();
    }

    private static String paragraphs(int n) {
        return ("<p>" + SENTENCE + SENTENCE + "</p>").repeat(n);
    }

    @Test
    void elementWithTheMostParagraphTextWins() {
        assertThat(containerIds("<div id=page><div id=teaser>" + paragraphs(1) + "</div><span>x</span>"
                + "<div id=story>" + paragraphs(4) + "</div></div>")).containsExactly("story");
    }

    @Test
    void linkHeavyCandidateLoses() {
        String links = ("<p><a href=/a>" + SENTENCE + SENTENCE + "</a></p>").repeat(5);
        assertThat(containerIds("<div id=page><div id=links>" + links + "</div><span>x</span>"
                + "<div id=story>" + paragraphs(2) + "</div></div>")).containsExactly("story");
    }

    @Test
    void elementWithAFurnitureNameIsNoCandidate() {
        String commas = ("<p>" + SENTENCE.replace(" ", ", ") + "</p>").repeat(2);
        assertThat(containerIds("<div id=page><div id=a class=sidebar>" + commas + "</div>"
                + "<div id=b class=main-text>" + paragraphs(3) + "</div></div>")).containsExactly("b");
    }

    @Test
    void textParagraphSiblingsJoinTheTopCandidate() {
        assertThat(containerIds("<div id=page><p id=lead>" + SENTENCE + SENTENCE + "</p><div id=story>"
                + paragraphs(4) + "</div><p id=nav><a href=/>Home</a></p></div>"))
                .containsExactly("lead", "story");
    }

    @Test
    void textBrokenByLineBreaksCountsAsParagraphs() {
        String text = (SENTENCE + "<br><br>").repeat(6);
        assertThat(containerIds("<div id=page><div id=menu><p>Home</p></div><div id=story><div>" + text
                + "</div><div>" + text + "</div></div></div>")).containsExactly("story");
    }

    @Test
    void rowOfATableIsNeverTheContainerButTheTableIs() {
        String names = "Ann Lee, Bob Roe, Cy Poe, Di Moe, Ed Noe, Flo Joe, Gus Hoe, Hal Zoe, Ida Foe, Jo Koe";
        String rows = ("<tr><td>" + names + "</td><td>" + names + "</td></tr>").repeat(1);
        assertThat(containerIds("<div id=wrap><div id=letter>" + paragraphs(2) + "<table id=signed>" + rows
                + "</table></div><span>x</span></div>")).containsExactly("letter");
    }

    @Test
    void pageWithoutParagraphsFallsBackToBody() {
        Document page = Jsoup.parse("<div>nothing</div>");
        assertThat(ContainerFinder.find(page, TextStats.measure(page.body(), true))).containsExactly(page.body());
    }
}
