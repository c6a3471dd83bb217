package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.nlp.CoreNlpAnnotator;

class AcronymsTest {

    @Test
    void initialsOfARunOfWordsWithOrWithoutItsFunctionWordsSpellAnAcronym() {
        var tokens = AnnotatedText.of("He was driving under the influence of the Relief and Works Agency.",
                new CoreNlpAnnotator()).tokens();
        assertThat(Acronyms.spelled(tokens)).contains("dui", "duti", "rwa", "rawa").doesNotContain("dx");
    }

    @Test
    void partsOfAHyphenatedNameSpellAnAcronym() {
        var tokens = AnnotatedText.of("Hewlett-Packard bought the firm.", new CoreNlpAnnotator()).tokens();
        assertThat(Acronyms.spelled(tokens)).contains("hp");
    }

    @Test
    void twoWordsInLowerCaseSpellNoTwoLetterAcronym() {
        var tokens = AnnotatedText.of("They went to vote in New York.", new CoreNlpAnnotator()).tokens();
        assertThat(Acronyms.spelled(tokens)).contains("ny").doesNotContain("tv");
    }
}
