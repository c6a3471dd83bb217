package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadFinderTest {

    private static final String SENTENCE = "This is a sentence of article text, long enough to count as a paragraph. ";
    private static final String STANDFIRST = "The town will have its new bridge by spring, and the old one will close"
            + " for good once the last of the checks on the new one are done.";

    private static String body(String afterHeadline) {
        return "<html lang=en><body><article><header><h1>Bridge opens</h1>" + afterHeadline + "</header>"
                + "<div id=story>" + ("<p>" + SENTENCE + SENTENCE + "</p>").repeat(4) + "</div></article></body></html>";
    }

    @Test
    void standfirstInTheHeaderBetweenHeadlineAndBodyIsKept() {
        ExtractedPage page = new HtmlExtractor().extract(body("<p class=lead>" + STANDFIRST + "</p>"));
        assertThat(page.paragraphs().get(0).text()).isEqualTo(STANDFIRST);
        assertThat(page.paragraphs()).hasSize(5);
    }

    @Test
    void captionsBylinesAndHeadingsAfterTheHeadlineAreNotTheStandfirst() {
        String html = body("<p class=byline>By Ann Lee, who has covered the town council for ten years and"
                + " writes about roads, bridges and the money they cost us all.</p>"
                + "<div class=image-caption-text>" + STANDFIRST + "</div><h2>" + STANDFIRST + "</h2>");
        assertThat(new HtmlExtractor().extract(html).paragraphs()).hasSize(4);
    }

    @Test
    void labelsAndLinksAfterTheHeadlineAreNotTheStandfirst() {
        String html = body("<p>5 min read</p><p><a href=/a>" + STANDFIRST + "</a></p>");
        assertThat(new HtmlExtractor().extract(html).paragraphs()).hasSize(4);
    }

    @Test
    void siteNameInAnH1AboveTheArticleIsNotTheHeadline() {
        String html = "<html lang=en><head><meta property='og:title' content='Bridge opens'></head><body>"
                + "<h1><a href=/>The Riverside Herald</a></h1><div><p>" + STANDFIRST + "</p></div>"
                + "<div id=story>" + ("<p>" + SENTENCE + SENTENCE + "</p>").repeat(4) + "</div></body></html>";
        assertThat(new HtmlExtractor().extract(html).paragraphs()).hasSize(4);
    }
}
