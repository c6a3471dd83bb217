package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    private final List<String> embedded = new ArrayList<>();
    private final SentenceEmbedder counting = text -> {
        embedded.add(text);
        return new float[] {text.length(), 1};
    };

    @Test
    void sentenceSeenBeforeIsNotEmbeddedAgain() {
        CachingEmbedder cache = new CachingEmbedder(counting, 10);

        float[] first = cache.embed("The levee broke.");
        float[] again = cache.embed("The levee broke.");

        assertThat(again).containsExactly(first);
        assertThat(embedded).containsExactly("The levee broke.");
    }

    @Test
    void leastRecentlyUsedSentenceIsForgottenFirst() {
        CachingEmbedder cache = new CachingEmbedder(counting, 2);
        cache.embed("a");
        cache.embed("b");
        cache.embed("a");

        cache.embed("c");
        cache.embed("a");
        cache.embed("b");

        assertThat(embedded).containsExactly("a", "b", "c", "b");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void callerCannotChangeWhatIsKept() {
        CachingEmbedder cache = new CachingEmbedder(counting, 2);

        cache.embed("abc")[0] = 99;

        assertThat(cache.embed("abc")[0]).isEqualTo(3f);
    }
}
