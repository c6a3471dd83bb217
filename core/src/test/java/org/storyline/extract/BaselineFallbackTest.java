package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaselineFallbackTest {

    private static final String SENTENCE = "The river rose again overnight and the town has closed the old bridge"
            + " until the water goes down. ";

    @Test
    void shortBlurbChosenOverLongerProseGivesWayToTheProse() {
        String prose = ("<p>" + SENTENCE + SENTENCE + "<a href=/more>more about the river</a></p>").repeat(4);
        String blurb = "<p>We write about rivers, bridges, roads, towns, floods, rain, storms, dams, boats, ferries,"
                + " fish, birds, parks, trails, farms, mills, schools, shops, and more.</p>";
        String html = "<html lang=en><body><div id=x1><div id=x2>" + prose + "</div></div>"
                + "<div id=x3><div id=x4>" + blurb + "</div></div></body></html>";
        ExtractedPage page = new HtmlExtractor().extract(html);
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(page.body()).startsWith("The river rose again overnight").doesNotContain("We write about");
    }

    @Test
    void readerCommentsDoNotReplaceAShortArticle() {
        String comment = "<div class=comment-body><p>I have lived here for years and I have never seen the water"
                + " so high, we should have built the new bridge long ago.</p></div>";
        String html = "<html lang=en><body><article><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p></article>"
                + "<section id=comments>" + comment.repeat(8) + "</section></body></html>";
        ExtractedPage page = new HtmlExtractor().extract(html);
        assertThat(page.body()).doesNotContain("I have lived here");
        assertThat(page.paragraphs()).hasSize(2);
    }
}
