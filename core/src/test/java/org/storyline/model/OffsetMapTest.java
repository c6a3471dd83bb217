package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void verbatimTextMapsEachCharacterToItsSourcePosition() {
        OffsetMap map = OffsetMap.verbatim(10, 5);
        assertThat(map.toSource(0, 5)).isEqualTo(new Span(10, 15));
        assertThat(map.toSource(1, 3)).isEqualTo(new Span(11, 13));
    }

    @Test
    void decodedEntityCoversItsWholeReference() {
        // "a&amp;b" decoded to "a&b": the '&' came from source characters 1..6
        OffsetMap map = OffsetMap.of(new int[] {0, 1, 6}, new int[] {1, 6, 7});
        assertThat(map.toSource(1, 2)).isEqualTo(new Span(1, 6));
        assertThat(map.toSource(0, 3)).isEqualTo(new Span(0, 7));
    }

    @Test
    void insertedSeparatorsMapToEmptyRanges() {
        OffsetMap joined = OffsetMap.concat(OffsetMap.verbatim(0, 3), OffsetMap.inserted(3, 2), OffsetMap.verbatim(7, 2));
        assertThat(joined.length()).isEqualTo(7);
        assertThat(joined.toSource(3, 5)).isEqualTo(new Span(3, 3));
        assertThat(joined.toSource(0, 7)).isEqualTo(new Span(0, 9));
        assertThat(joined.toSource(5, 7)).isEqualTo(new Span(7, 9));
    }

    @Test
    void emptyRangeMapsToAPoint() {
        OffsetMap map = OffsetMap.verbatim(4, 3);
        assertThat(map.toSource(1, 1)).isEqualTo(new Span(5, 5));
        assertThat(map.toSource(3, 3)).isEqualTo(new Span(7, 7));
    }

    @Test
    void sliceKeepsTheOffsetsOfItsCharacters() {
        assertThat(OffsetMap.verbatim(100, 10).slice(2, 5).toSource(0, 3)).isEqualTo(new Span(102, 105));
    }

    @Test
    void badRangesAreRejectedWithTheirPosition() {
        assertThatThrownBy(() -> OffsetMap.verbatim(0, 3).toSource(2, 5)).hasMessageContaining("[2, 5)");
        assertThatThrownBy(() -> OffsetMap.of(new int[] {0, 5}, new int[] {1, 4}))
                .hasMessageContaining("character 1");
        assertThatThrownBy(() -> OffsetMap.of(new int[] {0}, new int[] {1, 2})).hasMessageContaining("starts");
    }

    @Test
    void mapIsNotChangedByTheArraysItWasBuiltFrom() {
        int[] starts = {0, 1};
        int[] ends = {1, 2};
        OffsetMap map = OffsetMap.of(starts, ends);
        starts[0] = 50;
        assertThat(map.start(0)).isZero();
    }
}
