package org.storyline.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.bench.clustering.ClusterScore;
import org.storyline.cluster.StoryUpdate;

/**
 * Follows the stories of the first articles of a stream through the stream's updates, to score them against
 * their synthetic gold events. An article's story is the last one an update listed it in, followed through
 * later merges; once it has left the stream's window its story no longer changes, so the tracker can be scored
 * and dropped then.
 */
final class GoldTracker {

    private final long scored;
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, String> eventOf = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();

    /** A tracker of the first {@code scored} arrivals. */
    GoldTracker(long scored) {
        this.scored = scored;
    }

    /** Notes that {@code id}, with gold {@code event} (or {@code null}), arrived as number {@code number}. */
    void arrived(String id, String event, long number) {
        if (number <= scored && event != null) {
            storyOf.put(id, null);
            eventOf.put(id, event);
        }
    }

    /** Applies the stream's {@code updates}. */
    void record(List<StoryUpdate> updates) {
        for (StoryUpdate u : updates) {
            if (u.kind() == StoryUpdate.Kind.MERGED) {
                mergedInto.put(u.storyId(), u.otherId());
                continue;
            }
            for (String id : u.articleIds()) {
                if (storyOf.containsKey(id)) {
                    storyOf.put(id, u.storyId());
                }
            }
        }
    }

    /** The articles scored: the tracked ones with a gold event. */
    int size() {
        return eventOf.size();
    }

    /** The BCubed and pairwise scores of the tracked articles' stories against their gold events. */
    ClusterScore score() {
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        eventOf.forEach((id, event) -> {
            String story = storyOf.get(id);
            while (story != null && mergedInto.containsKey(story)) {
                story = mergedInto.get(story);
            }
            predicted.add(story == null ? "none " + id : story);
            gold.add(event);
        });
        return ClusterScore.of(predicted, gold);
    }
}
