package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountFinderTest {

    private final CountFinder finder = new CountFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void memberStatesCountriesAndAlliesAreOneClass() {
        assertThat(values("NATO's 32 member states")).containsExactly("32 countries");
        assertThat(values("in the 32 countries")).containsExactly("32 countries");
        assertThat(values("all 32 allies agreed")).containsExactly("32 countries");
        assertThat(values("32 member nations, 32 NATO members")).containsExactly("32 countries", "32 countries");
    }

    @Test
    void numberWordsCountWithModifiers() {
        assertThat(values("at least ten bilateral meetings")).containsExactly("10 meetings");
        assertThat(values("NATO’s four partners in the Pacific")).containsExactly("4 partners");
    }

    @Test
    void subjectIsCountClassAndSpanEndsAtHeadNoun() {
        String text = "the 32 member states met";
        Candidate count = finder.find(text).get(0);
        assertThat(count.subject()).isEqualTo("countries");
        assertThat(text.substring(count.start(), count.end())).isEqualTo("32 member states");
    }

    @Test
    void pluralPossessiveIsTheHead() {
        assertThat(values("the 12 NATO allies' ministers")).containsExactly("12 countries");
    }

    @Test
    void scaleWordsMultiply() {
        assertThat(values("2,000 troops and 1.5 million people")).containsExactly("2000 troops", "1500000 people");
    }

    @Test
    void classWithLimitKeepsNounForLargeCounts() {
        assertThat(values("a union of 1,500 members")).containsExactly("1500 members");
    }

    @Test
    void yearsTimesAndOrdinalsAreNotCounts() {
        assertThat(values("in 1997 allies met; 1997 allies; at 6:20 troops moved; the 2nd meetings; 1990s tanks"))
                .isEmpty();
    }

    @Test
    void numbersInDatesAreNotCounts() {
        assertThat(values("on October 17 leaders met; on 17 October talks began; July 2024 summits")).isEmpty();
    }

    @Test
    void numbersInNamesAndHyphenatedNumbersAreNotCounts() {
        assertThat(values("Apollo 11 astronauts flew F-16 jets for the 32-member alliance")).isEmpty();
    }

    @Test
    void durationsAndVaguePhrasesAreNotCounts() {
        assertThat(values("for two years, two and a half years ago, dozens of diplomats, day one of talks"))
                .isEmpty();
    }

    @Test
    void singularNounsAndVerbsAreNotCounted() {
        assertThat(values("the two spoke; one diplomat said; 20 were wounded")).isEmpty();
    }
}
