package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.store.StoredStory;
import org.storyline.store.StorySummary;

class StoryDocumentTest {

    @Test
    void storyWithItsBriefsAndEntitiesSurvivesTheIndex() {
        StorySummary summary = new StorySummary("story-1", "Levee breaks", "2024-10-17", "2024-10-18T01:02:03Z", 2,
                List.of("Herald", "AP"), List.of("Dara Venn"));
        StoredStory story = new StoredStory(summary, List.of("a1", "a2"), "{\"stories\":[]}\n", "# Levee\n",
                "<!DOCTYPE html>");
        StoryEntry entry = new StoryEntry(story, "2024-10-17T00:00:00Z", "The levee broke.", List.of("2024-10-17"),
                List.of(new EntityCount("Dara Venn", "PERSON", "mayor", 3, List.of("Venn", "Dara Venn"))));

        StoryEntry back = StoryDocument.readEntry(IndexRoundTrip.stored(StoryDocument.of(entry)));

        assertThat(back).usingRecursiveComparison().ignoringFields("days").isEqualTo(entry);
    }
}
