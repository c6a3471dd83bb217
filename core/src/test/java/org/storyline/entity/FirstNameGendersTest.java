package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNameGendersTest {

    @Test
    void commonFirstNamesHaveAGender() {
        assertThat(FirstNameGenders.of("Julianne")).isEqualTo(Gender.FEMALE);
        assertThat(FirstNameGenders.of("Mark")).isEqualTo(Gender.MALE);
        assertThat(FirstNameGenders.of("Lloyd")).isEqualTo(Gender.MALE);
    }

    @Test
    void caseAndDiacriticsAreIgnored() {
        assertThat(FirstNameGenders.of("JULIANNE")).isEqualTo(Gender.FEMALE);
        assertThat(FirstNameGenders.of("Bjørn")).isEqualTo(Gender.MALE);
    }

    @Test
    void unknownWordsAreUnknown() {
        assertThat(FirstNameGenders.of("Xqzwv")).isEqualTo(Gender.UNKNOWN);
        assertThat(FirstNameGenders.of("")).isEqualTo(Gender.UNKNOWN);
        assertThat(FirstNameGenders.of("J.")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void namesBorneByWomenAndMenAreUnknown() {
        assertThat(FirstNameGenders.of("Jo")).isEqualTo(Gender.UNKNOWN);
        assertThat(FirstNameGenders.of("Pat")).isEqualTo(Gender.UNKNOWN);
        assertThat(FirstNameGenders.of("Beth")).isEqualTo(Gender.FEMALE);
    }
}
