package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    private static List<String> find(String html) {
        Document page = Jsoup.parse(html);
        return Authors.find(page, JsonLd.of(page));
    }

    @Test
    void metaAuthorIsSplitIntoNames() {
        assertThat(find("<meta name='author' content='Ann Lee and Bo Chen'>")).containsExactly("Ann Lee", "Bo Chen");
    }

    @Test
    void nameAndAffiliationAfterABarAreSeparate() {
        assertThat(find("<meta name='author' content='Ann Lee | Example Media'>")).containsExactly("Ann Lee", "Example Media");
    }

    @Test
    void addressesAreNotNames() {
        assertThat(find("<meta property='article:author' content='https://facebook.com/someone'>")).isEmpty();
    }

    @Test
    void relAuthorThenMicrodataThenByline() {
        assertThat(find("<a rel=author href=/a>Ann Lee</a>")).containsExactly("Ann Lee");
        assertThat(find("<span itemprop=author><span itemprop=name>Bo Chen</span></span>")).containsExactly("Bo Chen");
        assertThat(find("<p class=byline>By Cy Diaz, Di Eng</p>")).containsExactly("Cy Diaz", "Di Eng");
    }

    @Test
    void pageWithoutAuthorGivesNone() {
        assertThat(find("<p>text</p>")).isEmpty();
    }
}
