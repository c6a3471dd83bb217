package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestedTest {

    @Test
    void twoArgumentConstructorSkipsNothing() {
        Ingested ingested = new Ingested(List.of(), List.of());

        assertThat(ingested.skipped()).isEmpty();
        assertThat(ingested.skippedTotal()).isZero();
    }

    @Test
    void skippedCountsAreCopiedSortedAndImmutable() {
        Map<String, Integer> counts = new HashMap<>(Map.of("b", 2, "a", 1));
        Ingested ingested = new Ingested(List.of(), List.of(), counts);
        counts.put("c", 3);

        assertThat(ingested.skipped()).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
        assertThat(ingested.skippedTotal()).isEqualTo(3);
        assertThatThrownBy(() -> ingested.skipped().put("d", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
