package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageLanguageTest {

    private static final Block GERMAN = Blocks.text("Der Rat hat am Dienstag gesagt, dass die neue Brücke im Frühjahr"
            + " für den Verkehr geöffnet werden soll, wenn die letzten Prüfungen abgeschlossen sind.", 0);

    @Test
    void declaredLanguageIsTakenWhenTheTextReadsAsIt() {
        assertThat(PageLanguage.stopWords("de", List.of(GERMAN)).language()).isEqualTo("de");
    }

    @Test
    void wrongOrMissingDeclarationIsReplacedByTheDetectedLanguage() {
        assertThat(PageLanguage.stopWords("en", List.of(GERMAN)).language()).isEqualTo("de");
        assertThat(PageLanguage.stopWords(null, List.of(GERMAN)).language()).isEqualTo("de");
    }

    @Test
    void sampleTakesProseBlocksAndLeavesLinksAndLabelsOut() {
        String sample = PageLanguage.sample(List.of(Blocks.text("Home", 0), GERMAN,
                Blocks.text(GERMAN.text(), 0.9)));
        assertThat(sample).isEqualTo(GERMAN.text() + "\n");
    }
}
