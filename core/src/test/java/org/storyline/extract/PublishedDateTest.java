package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

    private static String find(String html, String url) {
        Document page = Jsoup.parse(html);
        return PublishedDate.find(page, JsonLd.of(page), url);
    }

    @Test
    void jsonLdComesFirst() {
        assertThat(find("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-10-17\"}"
                + "</script><meta property='article:published_time' content='2020-01-01'>", null)).isEqualTo("2024-10-17");
    }

    @Test
    void commonMetaVariantsCount() {
        assertThat(find("<meta name='pubdate' content='2024-10-16'>", null)).isEqualTo("2024-10-16");
        assertThat(find("<meta name='DC.date.issued' content='2024-10-15'>", null)).isEqualTo("2024-10-15");
    }

    @Test
    void timeMarkedPubdateWinsOverOtherTimes() {
        assertThat(find("<time datetime='2024-01-01'>x</time><time pubdate datetime='2024-10-14'>y</time>", null))
                .isEqualTo("2024-10-14");
    }

    @Test
    void urlDateIsTheLastResort() {
        assertThat(find("<p>x</p>", "https://e.org/2024/10/7/story")).isEqualTo("2024-10-07");
        assertThat(find("<p>x</p>", "https://e.org/news/2024-10-13-story")).isEqualTo("2024-10-13");
        assertThat(find("<p>x</p>", "https://e.org/2024/10/story.html")).isEqualTo("2024-10");
        assertThat(find("<p>x</p>", "https://e.org/story-12345")).isNull();
    }
}
