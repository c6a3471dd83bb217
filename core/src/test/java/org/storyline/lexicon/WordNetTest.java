package org.storyline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordNetTest {

    @Test
    void nounsForKindsOfPeopleArePeopleAndOthersAreNot() {
        assertThat(WordNet.isPerson("mother")).isTrue();
        assertThat(WordNet.isPerson("spokesman")).isTrue();
        assertThat(WordNet.isPerson("building")).isFalse();
        assertThat(WordNet.isPerson("opelka")).isFalse();
    }

    @Test
    void sexIsTheOneWordNetGivesAKindOfPersonAndNoneForOthers() {
        assertThat(WordNet.sexOf("mother")).isEqualTo("female");
        assertThat(WordNet.sexOf("sister")).isEqualTo("female");
        assertThat(WordNet.sexOf("woman")).isEqualTo("female");
        assertThat(WordNet.sexOf("father")).isEqualTo("male");
        assertThat(WordNet.sexOf("son")).isEqualTo("male");
        assertThat(WordNet.sexOf("officer")).isNull();
        assertThat(WordNet.sexOf("parent")).isNull();
        assertThat(WordNet.sexOf("teacher")).isNull();
        assertThat(WordNet.sexOf("opelka")).isNull();
    }
}
