package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContainerFinderTest {

    private static String containerId(String html) {
        Document page = Jsoup.parse(html);
        return ContainerFinder.find(page).id();
    }

    @Test
    void articleBodyMarkupWinsOverArticle() {
        assertThat(containerId("<article id=a><p>lead</p><div id=b itemprop=articleBody><p>body</p></div></article>"))
                .isEqualTo("b");
    }

    @Test
    void richestArticleWins() {
        assertThat(containerId("<article id=teaser><p>short</p></article>"
                + "<article id=story><p>a much longer paragraph of text</p></article>")).isEqualTo("story");
    }

    @Test
    void articleWithTextOnlyInFurnitureIsPassedOver() {
        assertThat(containerId("<aside><article id=rel><p>related story text</p></article></aside>"
                + "<main id=m><p>main text</p></main>")).isEqualTo("m");
    }

    @Test
    void withoutMarkupTheParentOfMostParagraphTextWins() {
        assertThat(containerId("<div id=nav><p>x</p></div><div id=body><p>one sentence.</p><p>two sentences.</p></div>"))
                .isEqualTo("body");
    }

    @Test
    void pageWithoutParagraphsFallsBackToBody() {
        Document page = Jsoup.parse("<div>nothing</div>");

        assertThat(ContainerFinder.find(page)).isSameAs(page.body());
    }
}
