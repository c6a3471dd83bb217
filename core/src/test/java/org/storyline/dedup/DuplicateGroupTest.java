package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateGroupTest {

    @Test
    void groupWithoutCopiesIsRejected() {
        assertThatThrownBy(() -> new DuplicateGroup("a", List.of(), true)).hasMessageContaining("a");
    }

    @Test
    void originalListedAsItsOwnCopyIsRejected() {
        assertThatThrownBy(() -> new DuplicateGroup("a", List.of("b", "a"), false)).hasMessageContaining("own copy");
    }
}
