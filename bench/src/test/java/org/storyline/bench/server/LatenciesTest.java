package org.storyline.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 2000; i++) {
            latencies.add(i * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(1000.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(1980.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(2000.0);
    }

    @Test
    void mergingAddsLatenciesAndErrors() {
        Latencies a = new Latencies();
        a.add(5_000_000L);
        a.error();
        Latencies b = new Latencies();
        b.add(1_000_000L);
        b.addAll(a);
        assertThat(b.count()).isEqualTo(2);
        assertThat(b.errors()).isEqualTo(1);
        assertThat(b.percentileMillis(50)).isEqualTo(1.0);
        assertThat(new Latencies().percentileMillis(99)).isZero();
    }
}
