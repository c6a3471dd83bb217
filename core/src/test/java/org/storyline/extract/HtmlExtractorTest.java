package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.testing.SourceMapping;

class HtmlExtractorTest {

    private static final String SENTENCE = "This is a sentence of article text, long enough to count as a paragraph. ";

    @Test
    void pageWrappedInAFormStillGivesItsArticle() {
        String html = "<html><body><form id=page><div class=menu><a href=/>Home</a></div><div id=story>"
                + ("<p>" + SENTENCE + SENTENCE + "</p>").repeat(5) + "</div></form></body></html>";
        ExtractedPage page = new HtmlExtractor().extract(html);
        assertThat(page.paragraphs()).hasSize(5);
        page.paragraphs().forEach(p -> SourceMapping.assertMapsIntoSource(p, html));
    }

    @Test
    void articleInsideAnElementWithAFurnitureNameIsFoundByTheLenientRetry() {
        String html = "<html><body><div class=page-ad-margins><article>"
                + ("<p>" + SENTENCE + "</p>").repeat(4) + "</article></div></body></html>";
        assertThat(new HtmlExtractor().extract(html).paragraphs()).hasSize(4);
    }

    @Test
    void blockRepeatingTheHeadlineIsNotBody() {
        String html = "<html><head><meta property='og:title' content='Bridge reopens'></head><body><div id=story>"
                + "<h2>Bridge reopens</h2>" + ("<p>" + SENTENCE + "</p>").repeat(3) + "</div></body></html>";
        ExtractedPage page = new HtmlExtractor().extract(html);
        assertThat(page.title()).isEqualTo("Bridge reopens");
        assertThat(page.paragraphs()).hasSize(3);
    }

    @Test
    void pageWithoutBodyTextGivesNoParagraphs() {
        assertThat(new HtmlExtractor().extract("<html><head><title>T</title></head></html>").paragraphs()).isEmpty();
        assertThat(new HtmlExtractor().extract("").paragraphs()).isEmpty();
    }
}
