package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void spanCutsItsTextOutOfTheSource() {
        assertThat(new Span(4, 9).of("The quick brown fox")).isEqualTo("quick");
        assertThat(new Span(4, 9).length()).isEqualTo(5);
    }

    @Test
    void containmentAndOverlap() {
        Span s = new Span(10, 20);
        assertThat(s.contains(new Span(12, 20))).isTrue();
        assertThat(s.contains(new Span(12, 21))).isFalse();
        assertThat(s.overlaps(new Span(19, 25))).isTrue();
        assertThat(s.overlaps(new Span(20, 25))).isFalse();
    }

    @Test
    void invertedOrNegativeSpansNameTheBadField() {
        assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("start");
        assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("end");
    }
}
