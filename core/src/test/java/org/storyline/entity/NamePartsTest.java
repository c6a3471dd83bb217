package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePartsTest {

    @Test
    void fullNameHasFirstNameAndSurname() {
        NameParts p = NameParts.of("Bjørn Arild Gram");
        assertThat(p.isFull()).isTrue();
        assertThat(p.words()).containsExactly("Bjørn", "Arild", "Gram");
        assertThat(p.first()).isEqualTo("Bjørn");
        assertThat(p.last()).isEqualTo("Gram");
    }

    @Test
    void singleNameIsNotFull() {
        NameParts p = NameParts.of("Rutte");
        assertThat(p.isFull()).isFalse();
        assertThat(p.last()).isEqualTo("Rutte");
    }

    @Test
    void blankNameHasNoWords() {
        assertThat(NameParts.of("   ").words()).isEmpty();
        assertThat(NameParts.of("").isFull()).isFalse();
    }

    @Test
    void extraSpacesAreIgnored() {
        assertThat(NameParts.of("  Mark   Rutte ").words()).containsExactly("Mark", "Rutte");
    }

    @Test
    void possessiveIsStripped() {
        assertThat(NameParts.of("Rutte's").words()).containsExactly("Rutte");
        assertThat(NameParts.of("Mark Rutte’s").words()).containsExactly("Mark", "Rutte");
        assertThat(NameParts.of("Mark Rutte's").last()).isEqualTo("Rutte");
    }

    @Test
    void initialAgreesWithFirstNameOfSameSurname() {
        assertThat(NameParts.of("J. Smith").sameFullName(NameParts.of("Julianne Smith"))).isTrue();
        assertThat(NameParts.of("Julianne Smith").sameFullName(NameParts.of("J Smith"))).isTrue();
        assertThat(NameParts.of("j. Smith").sameFullName(NameParts.of("Julianne Smith"))).isTrue();
    }

    @Test
    void initialOfAnotherLetterDisagrees() {
        assertThat(NameParts.of("K. Smith").sameFullName(NameParts.of("Julianne Smith"))).isFalse();
        assertThat(NameParts.of("J. Smith").sameFullName(NameParts.of("K. Smith"))).isFalse();
    }

    @Test
    void differentFirstNamesWithOneSurnameAreDifferentPeople() {
        assertThat(NameParts.of("Julianne Smith").sameFullName(NameParts.of("John Smith"))).isFalse();
        assertThat(NameParts.of("Bjørn Arild Gram").sameFullName(NameParts.of("Tom Gram"))).isFalse();
    }

    @Test
    void spellingsOfFirstNameAndSurnameAreOnePerson() {
        assertThat(NameParts.of("Volodymyr Zelenskyy").sameFullName(NameParts.of("Volodymir Zelensky"))).isTrue();
        assertThat(NameParts.of("Rustem Umerov").sameFullName(NameParts.of("Rustem Umirov"))).isTrue();
        assertThat(NameParts.of("Bjørn Arild Gram").sameFullName(NameParts.of("Bjorn Gram"))).isTrue();
    }

    @Test
    void differentSurnamesWithOneFirstNameAreDifferentPeople() {
        assertThat(NameParts.of("Mark Rutte").sameFullName(NameParts.of("Mark Rubio"))).isFalse();
        assertThat(NameParts.of("Kamala Harris").sameFullName(NameParts.of("Kamala Morris"))).isFalse();
    }

    @Test
    void singleNamesAreNeverTheSameFullName() {
        assertThat(NameParts.of("Rutte").sameFullName(NameParts.of("Rutte"))).isFalse();
        assertThat(NameParts.of("Rutte").sameFullName(NameParts.of("Mark Rutte"))).isFalse();
    }

    @Test
    void surnameMatchesAcrossSpellingsButNotFirstName() {
        NameParts p = NameParts.of("Laurynas Kasčiūnas");
        assertThat(p.hasSurname("Kasciunas")).isTrue();
        assertThat(p.hasSurname("Kasčiūnas")).isTrue();
        assertThat(p.hasSurname("Laurynas")).isFalse();
        assertThat(p.hasSurname("Gram")).isFalse();
    }
}
