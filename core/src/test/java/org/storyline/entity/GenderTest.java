package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTest {

    @Test
    void sameGenderIsCompatible() {
        assertThat(Gender.MALE.compatibleWith(Gender.MALE)).isTrue();
        assertThat(Gender.FEMALE.compatibleWith(Gender.FEMALE)).isTrue();
    }

    @Test
    void differentGendersAreNotCompatible() {
        assertThat(Gender.MALE.compatibleWith(Gender.FEMALE)).isFalse();
        assertThat(Gender.FEMALE.compatibleWith(Gender.MALE)).isFalse();
    }

    @Test
    void unknownIsCompatibleWithEverything() {
        for (Gender g : Gender.values()) {
            assertThat(Gender.UNKNOWN.compatibleWith(g)).isTrue();
            assertThat(g.compatibleWith(Gender.UNKNOWN)).isTrue();
        }
    }
}
