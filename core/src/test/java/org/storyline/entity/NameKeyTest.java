package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void romanisationsOfZelenskyMatchEachOther() {
        List<String> spellings = List.of("Zelenskyi", "Zelenskyj", "Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskij");
        for (String a : spellings) {
            for (String b : spellings) {
                assertThat(NameKey.matches(a, b)).as(a + " ~ " + b).isTrue();
            }
        }
    }

    @Test
    void romanisationsOfZelenskyShareOneKey() {
        assertThat(NameKey.of("Zelenskyy")).isEqualTo(NameKey.of("Zelensky")).isEqualTo(NameKey.of("Zelenskiy"))
                .isEqualTo(NameKey.of("Zelenskyj")).isEqualTo(NameKey.of("Zelenskyi")).isEqualTo("zelensk");
    }

    @Test
    void singleVowelSpellingDifferenceMatches() {
        assertThat(NameKey.matches("Umirov", "Umerov")).isTrue();
        assertThat(NameKey.matches("Smith", "Smyth")).isTrue();
    }

    @Test
    void diacriticsAreIgnored() {
        assertThat(NameKey.matches("Bjørn", "Bjorn")).isTrue();
        assertThat(NameKey.matches("Kasčiūnas", "Kasciunas")).isTrue();
        assertThat(NameKey.of("Kasčiūnas")).isEqualTo("kasciunas");
    }

    @Test
    void foldGivesAsciiLowerCase() {
        assertThat(NameKey.fold("Bjørn")).isEqualTo("bjorn");
        assertThat(NameKey.fold("Kasčiūnas")).isEqualTo("kasciunas");
        assertThat(NameKey.fold("Łukasz Gauß")).isEqualTo("lukasz gauss");
        assertThat(NameKey.fold("Ærø")).isEqualTo("aero");
        assertThat(NameKey.fold("Kyïv, Türkiye")).isEqualTo("kyiv, turkiye");
    }

    @Test
    void caseIsIgnored() {
        assertThat(NameKey.matches("RUTTE", "Rutte")).isTrue();
    }

    @Test
    void differentNamesNeverMatch() {
        assertThat(NameKey.matches("Biden", "Trump")).isFalse();
        assertThat(NameKey.matches("Rutte", "Stoltenberg")).isFalse();
        assertThat(NameKey.matches("Harris", "Morris")).isFalse();
        assertThat(NameKey.matches("Petrov", "Popov")).isFalse();
        assertThat(NameKey.matches("Morales", "Moreno")).isFalse();
    }

    @Test
    void shortNamesNeverMatchFuzzily() {
        assertThat(NameKey.matches("Gram", "Grim")).isFalse();
        assertThat(NameKey.matches("Kim", "Kin")).isFalse();
        assertThat(NameKey.matches("Tom", "Tim")).isFalse();
    }

    @Test
    void namesStartingWithDifferentLettersNeverMatchFuzzily() {
        assertThat(NameKey.matches("Carter", "Karter")).isFalse();
    }

    @Test
    void twoLetterDifferencesNeverMatch() {
        assertThat(NameKey.matches("Umarova", "Umerov")).isFalse();
        assertThat(NameKey.matches("Stoltenberg", "Stalteberg")).isFalse();
    }

    @Test
    void differentConsonantsNeverMatchEvenWithOneEdit() {
        assertThat(NameKey.matches("Rubio", "Rubin")).isFalse();
        assertThat(NameKey.matches("Austin", "Austen")).isTrue();
        assertThat(NameKey.matches("Austin", "Dustin")).isFalse();
    }

    @Test
    void doubledLettersCollapse() {
        assertThat(NameKey.of("Rutte")).isEqualTo(NameKey.of("Rute"));
        assertThat(NameKey.matches("Kennedy", "Kenedy")).isTrue();
    }

    @Test
    void shortKeysKeepTheirEnding() {
        assertThat(NameKey.of("Yuri")).isEqualTo("yuri");
        assertThat(NameKey.of("Tony")).isEqualTo("tony");
    }

    @Test
    void wordsWithoutLettersNeverMatch() {
        assertThat(NameKey.matches("", "")).isFalse();
        assertThat(NameKey.matches("--", "--")).isFalse();
        assertThat(NameKey.matches("42", "42")).isFalse();
        assertThat(NameKey.of("42")).isEmpty();
    }
}
