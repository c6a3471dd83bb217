package org.storyline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {

    private final LanguageDetector detector = OpenNlpLanguageDetector.shared();

    @Test
    void englishNewsSentenceIsEnglish() {
        assertThat(detector.detect("Allied defence ministers met in Brussels on Thursday to discuss air defence"
                + " systems for the winter, officials said.")).contains("en");
    }

    @Test
    void germanNewsSentenceIsGerman() {
        assertThat(detector.detect("Die Verteidigungsminister der Allianz haben am Donnerstag in Brüssel über"
                + " die Luftverteidigung für den Winter beraten.")).contains("de");
    }

    @Test
    void norwegianNewsSentenceIsBokmal() {
        assertThat(detector.detect("Forsvarsministrene i alliansen møttes torsdag i Brussel for å diskutere"
                + " luftvern før vinteren, opplyser kilder.")).contains("nb");
    }

    @Test
    void ukrainianNewsSentenceIsUkrainian() {
        assertThat(detector.detect("Міністри оборони країн альянсу в четвер зустрілися в Брюсселі, щоб обговорити"
                + " протиповітряну оборону на зиму.")).contains("uk");
    }

    @Test
    void everySampleParagraphIsDetectedRight() {
        Map<String, List<String>> samples = LanguageSamples.load();
        assertThat(samples).hasSize(15);
        samples.forEach((language, paragraphs) -> paragraphs.forEach(paragraph ->
                assertThat(detector.detect(paragraph)).as(paragraph).contains(language)));
    }

    @Test
    void emptyBlankAndNumericTextsHaveNoLanguage() {
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("   \n\t ")).isEmpty();
        assertThat(detector.detect("12345 678 2024-10-17 12:00")).isEmpty();
        assertThat(detector.detect("--- *** ### !!!")).isEmpty();
    }

    @Test
    void veryShortTextsHaveNoLanguage() {
        assertThat(detector.detect("Hello")).isEmpty();
        assertThat(detector.detect("OK, 17 Oct")).isEmpty();
    }

    @Test
    void longTextIsReadOnlyFromItsStart() {
        String english = "The government said on Monday that it would raise taxes on fuel next year. ";
        String text = english.repeat(100) + "x".repeat(100_000);
        assertThat(detector.detect(text)).contains("en");
    }

    @Test
    void sharedDetectorIsOneInstance() {
        assertThat(OpenNlpLanguageDetector.shared()).isSameAs(OpenNlpLanguageDetector.shared());
    }
}
