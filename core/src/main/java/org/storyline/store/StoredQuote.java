package org.storyline.store;

import java.util.Objects;
import org.storyline.model.Quote;

/**
 * A quote of a stored story.
 *
 * @param storyId the story it belongs to
 * @param quote   the quote with its speaker and sources
 */
public record StoredQuote(String storyId, Quote quote) {

    public StoredQuote {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(quote, "quote");
    }
}
