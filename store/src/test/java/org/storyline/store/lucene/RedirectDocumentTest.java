package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectDocumentTest {

    @Test
    void redirectKeepsItsTarget() {
        assertThat(RedirectDocument.target(IndexRoundTrip.stored(RedirectDocument.of("story-b", "story-a"))))
                .isEqualTo("story-a");
    }
}
