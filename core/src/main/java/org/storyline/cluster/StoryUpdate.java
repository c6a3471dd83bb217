package org.storyline.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A change a {@link StoryStream} made to its stories. Applying the updates in order gives every story's
 * articles: {@link Kind#CREATED}, {@link Kind#CHANGED}, {@link Kind#SPLIT} and {@link Kind#CLOSED} carry the
 * story's whole article list as it now is.
 *
 * @param kind       what happened
 * @param storyId    the story it happened to (for a merge: the story that was absorbed; for a split: the new story)
 * @param otherId    for a merge the surviving story, for a split the story it came from; otherwise {@code null}
 * @param articleIds the story's articles after the change, in arrival order (empty for a merge)
 */
public record StoryUpdate(Kind kind, String storyId, String otherId, List<String> articleIds) {

    /** Kinds of change. */
    public enum Kind {
        /** A new story, started by a new article. */
        CREATED,
        /** A story gained (or, by a split, lost) articles. */
        CHANGED,
        /** A story was absorbed by another: its id now leads to {@code otherId}. */
        MERGED,
        /** Articles left a story ({@code otherId}) for a new one, when they turned out to be another event. */
        SPLIT,
        /** A story went quiet and will take no more articles. */
        CLOSED
    }

    /** Validates and copies. */
    public StoryUpdate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(storyId, "storyId");
        articleIds = List.copyOf(articleIds);
    }
}
