package org.storyline.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.bench.clustering.ClusterScore;
import org.storyline.cluster.StoryUpdate;
import org.storyline.cluster.StoryUpdate.Kind;

class GoldTrackerTest {

    @Test
    void articlesFollowTheirStoryThroughMergesAndOnlyTheFirstOnesAreScored() {
        GoldTracker tracker = new GoldTracker(3);
        tracker.arrived("a", "e1", 1);
        tracker.arrived("b", "e1", 2);
        tracker.arrived("x", null, 3);
        tracker.arrived("c", "e2", 4);
        tracker.record(List.of(new StoryUpdate(Kind.CREATED, "s1", null, List.of("a")),
                new StoryUpdate(Kind.CREATED, "s2", null, List.of("b", "x")),
                new StoryUpdate(Kind.CREATED, "s3", null, List.of("c"))));
        assertThat(tracker.size()).isEqualTo(2);
        assertThat(tracker.score().bcubedF1()).isLessThan(1);
        tracker.record(List.of(new StoryUpdate(Kind.MERGED, "s2", "s1", List.of())));
        ClusterScore merged = tracker.score();
        assertThat(merged.bcubedF1()).isEqualTo(1.0);
        assertThat(merged.clusters()).isEqualTo(1);
    }

    @Test
    void laterListsMoveAnArticleToAnotherStory() {
        GoldTracker tracker = new GoldTracker(10);
        tracker.arrived("a", "e1", 1);
        tracker.arrived("b", "e2", 2);
        tracker.record(List.of(new StoryUpdate(Kind.CHANGED, "s1", null, List.of("a", "b")),
                new StoryUpdate(Kind.SPLIT, "s2", "s1", List.of("b")),
                new StoryUpdate(Kind.CHANGED, "s1", null, List.of("a"))));
        assertThat(tracker.score().bcubedF1()).isEqualTo(1.0);
    }
}
