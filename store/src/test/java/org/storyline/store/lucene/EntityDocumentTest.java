package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.store.EntityStories;

class EntityDocumentTest {

    @Test
    void entityAcrossStoriesSurvivesTheIndex() {
        EntityStories entity = new EntityStories("Dara Venn", "PERSON", "mayor", 7, List.of("story-2", "story-1"));

        assertThat(EntityDocument.read(IndexRoundTrip.stored(EntityDocument.of(entity, List.of("Venn"), "2024-10-17"))))
                .isEqualTo(entity);
    }
}
