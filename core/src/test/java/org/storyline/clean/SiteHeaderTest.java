package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteHeaderTest {

    @Test
    void siteNameWithItsAcronymAfterADash() {
        assertThat(SiteHeader.matches(
                "European Centre for Counterterrorism and Intelligence Studies, Germany & Netherlands – ECCI")).isTrue();
        assertThat(SiteHeader.matches("Baltic Defence News – BDN")).isTrue();
    }

    @Test
    void acronymThatIsNotTheInitialsIsNoSiteHeader() {
        assertThat(SiteHeader.matches("Allies meet in Brussels – NATO")).isFalse();
    }

    @Test
    void siteAndSectionSeparatedByAPipe() {
        assertThat(SiteHeader.matches("World Monitor | Europe")).isTrue();
        assertThat(SiteHeader.matches("Allies agree on a long list of new measures for the winter | Europe")).isFalse();
    }

    @Test
    void headlineIsNoSiteHeader() {
        assertThat(SiteHeader.matches("NATO boosts support for Ukraine")).isFalse();
    }

    @Test
    void acronymMayAbbreviateOnlySomeWords() {
        assertThat(SiteHeader.abbreviates("ECCI", "European Centre for Counterterrorism and Intelligence Studies")).isTrue();
        assertThat(SiteHeader.abbreviates("ABC", "American Broadcasting")).isFalse();
    }
}
