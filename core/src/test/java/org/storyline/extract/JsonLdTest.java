package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd ld(String json) {
        return JsonLd.of(Jsoup.parse("<script type='application/ld+json'>" + json + "</script>"));
    }

    @Test
    void articleIsFoundInArraysAndGraphs() {
        assertThat(ld("[{\"@type\": \"Organization\"}, {\"@type\": \"BlogPosting\", \"headline\": \"H\"}]").headline())
                .isEqualTo("H");
        assertThat(ld("{\"@graph\": [{\"@type\": [\"NewsArticle\"], \"datePublished\": \"2024-10-17\"}]}")
                .datePublished()).isEqualTo("2024-10-17");
    }

    @Test
    void authorsAreStringsObjectsOrArrays() {
        assertThat(ld("{\"@type\": \"NewsArticle\", \"author\": [{\"name\": \"Ann Lee\"}, \"Bo Chen\"]}").authors())
                .containsExactly("Ann Lee", "Bo Chen");
        assertThat(ld("{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Ann Lee\"}}")
                .authors()).containsExactly("Ann Lee");
    }

    @Test
    void mainEntityOfPageGivesTheUrl() {
        assertThat(ld("{\"@type\": \"Article\", \"mainEntityOfPage\": {\"@id\": \"https://e.org/a\"}}").url())
                .isEqualTo("https://e.org/a");
    }

    @Test
    void malformedOrMissingJsonLdSaysNothing() {
        assertThat(ld("{not json").headline()).isNull();
        assertThat(ld("{\"@type\": \"WebPage\", \"headline\": \"x\"}").headline()).isNull();
        assertThat(ld("{\"@type\": \"WebPage\"}").authors()).isEmpty();
    }
}
