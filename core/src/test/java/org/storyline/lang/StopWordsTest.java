package org.storyline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void listsComeFromLuceneForSnowballAndAnalyzerLanguages() {
        assertThat(StopWords.of("de").contains("und")).isTrue();
        assertThat(StopWords.of("en").contains("the")).isTrue();
        assertThat(StopWords.of("pl").contains("się")).isTrue();
        assertThat(StopWords.of("cs").contains("jsem")).isTrue();
        assertThat(StopWords.of("de").contains("Regierung")).isFalse();
    }

    @Test
    void lookupIgnoresCase() {
        assertThat(StopWords.of("EN").contains("The")).isTrue();
        assertThat(StopWords.of("en").language()).isEqualTo("en");
    }

    @Test
    void unknownOrMissingLanguageHasAnEmptyList() {
        assertThat(StopWords.of("xx").isEmpty()).isTrue();
        assertThat(StopWords.of(null).isEmpty()).isTrue();
        assertThat(StopWords.known("ja")).isFalse();
        assertThat(StopWords.known("es")).isTrue();
    }

    @Test
    void proseHasAHigherDensityThanAMenu() {
        StopWords english = StopWords.of("en");
        double prose = english.count("The minister said that the plan would be ready by the end of the year.").density();
        double menu = english.count("Home News Sport Weather Business Culture").density();
        assertThat(prose).isGreaterThan(0.4);
        assertThat(menu).isZero();
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithInnerApostrophes() {
        StopWords.Count count = StopWords.of("en").count("It's 2024 -- isn't it? (yes)");
        assertThat(count.words()).isEqualTo(5);
        assertThat(StopWords.of("en").count("").density()).isZero();
    }
}
