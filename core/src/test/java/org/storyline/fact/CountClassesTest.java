package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountClassesTest {

    private final CountClasses classes = new CountClasses();

    @Test
    void lemmaStripsRegularPlurals() {
        assertThat(CountClasses.lemma("countries")).isEqualTo("country");
        assertThat(CountClasses.lemma("states")).isEqualTo("state");
        assertThat(CountClasses.lemma("churches")).isEqualTo("church");
        assertThat(CountClasses.lemma("people")).isEqualTo("person");
    }

    @Test
    void wordsThatDoNotLookPluralHaveNoLemma() {
        assertThat(CountClasses.lemma("class")).isNull();
        assertThat(CountClasses.lemma("bus")).isNull();
        assertThat(CountClasses.lemma("NATO’s")).isNull();
    }

    @Test
    void compoundIsLookedUpBeforeHead() {
        assertThat(classes.classOf("member", "states", BigDecimal.valueOf(27))).isEqualTo("countries");
        assertThat(classes.classOf("US", "states", BigDecimal.valueOf(50))).isEqualTo("states");
    }

    @Test
    void capitalisedWordsAndDurationsAreNotCountedPlurals() {
        assertThat(CountClasses.isCountedPlural("allies")).isTrue();
        assertThat(CountClasses.isCountedPlural("Allies")).isFalse();
        assertThat(CountClasses.isCountedPlural("years")).isFalse();
        assertThat(CountClasses.isCountedPlural("was")).isFalse();
    }
}
