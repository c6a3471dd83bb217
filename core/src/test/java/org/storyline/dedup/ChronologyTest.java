package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ChronologyTest {

    @Test
    void offsetDateTimeIsReadAsItsInstant() {
        assertThat(Chronology.instant("2024-10-17T12:30:00+02:00")).contains(Instant.parse("2024-10-17T10:30:00Z"));
    }

    @Test
    void localDateTimeCountsAsUtc() {
        assertThat(Chronology.instant("2024-10-17T12:30")).contains(Instant.parse("2024-10-17T12:30:00Z"));
    }

    @Test
    void dateCountsAsItsFirstMoment() {
        assertThat(Chronology.instant(" 2024-10-17 ")).contains(Instant.parse("2024-10-17T00:00:00Z"));
    }

    @Test
    void missingOrOtherTextIsUnknown() {
        assertThat(Chronology.instant(null)).isEmpty();
        assertThat(Chronology.instant("")).isEmpty();
        assertThat(Chronology.instant("17 October 2024")).isEmpty();
    }
}
