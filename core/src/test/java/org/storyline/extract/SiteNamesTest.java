package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteNamesTest {

    @Test
    void hostLabelIsMatchedAcrossWordsWithoutCaseOrPunctuation() {
        SiteNames site = SiteNames.of("https://www.breakingvalleynews.example/a/b", null);
        assertThat(site.namedIn("Read more on Breaking Valley News today")).isTrue();
        assertThat(site.namedIn("mail desk@breakingvalleynews.example")).isTrue();
        assertThat(site.namedIn("Valley news in brief")).isFalse();
    }

    @Test
    void shortOutletNameCountsAndPartOfAWordDoesNot() {
        SiteNames site = SiteNames.of(null, "Daily Courier");
        assertThat(site.namedIn("Follow the Daily Courier on our channel")).isTrue();
        assertThat(site.namedIn("the dailycouriers")).isFalse();
    }

    @Test
    void namesUsedInTheArticleAreDropped() {
        SiteNames site = SiteNames.of("https://lakecity.example/news", null);
        assertThat(site.namedIn("Lake City council met")).isTrue();
        assertThat(site.unusedIn("LAKE CITY, Ohio - The council met.").namedIn("Lake City council met")).isFalse();
    }

    @Test
    void missingOrBadAddressGivesNoName() {
        assertThat(SiteNames.of(null, null).namedIn("anything")).isFalse();
        assertThat(SiteNames.of("not a url with spaces", null).namedIn("not")).isFalse();
        assertThat(SiteNames.of("https://www.bbc.example/x", null).namedIn("BBC")).isFalse();
    }
}
