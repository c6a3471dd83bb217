package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void trailingOrLeadingOutletNameGoes() {
        assertThat(TitleCleaner.clean("Bridge reopens - The Daily Example", "The Daily Example")).isEqualTo("Bridge reopens");
        assertThat(TitleCleaner.clean("Daily Example | Bridge reopens", "The Daily Example")).isEqualTo("Bridge reopens");
    }

    @Test
    void shortPartAfterABarGoesWithoutKnownOutlet() {
        assertThat(TitleCleaner.clean("Bridge reopens after two years | Example", null)).isEqualTo("Bridge reopens after two years");
    }

    @Test
    void separatorsInsideTheHeadlineStay() {
        assertThat(TitleCleaner.clean("Brexit - what happens next", null)).isEqualTo("Brexit - what happens next");
        assertThat(TitleCleaner.clean("Brexit - what happens next", "The Daily Example"))
                .isEqualTo("Brexit - what happens next");
    }
}
