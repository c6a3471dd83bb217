package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void blanksAreNormalised() {
        assertThat(ContentHash.of(" The levee\n\nbroke. ")).isEqualTo(ContentHash.of("The levee broke."));
    }

    @Test
    void otherWordsHashOtherwise() {
        assertThat(ContentHash.of("The levee broke.")).isNotEqualTo(ContentHash.of("The levee held."));
    }
}
