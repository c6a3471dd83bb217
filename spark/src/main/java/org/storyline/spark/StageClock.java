package org.storyline.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/** The wall time of each stage of a run, in the order the stages ran. */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private String stage;
    private long started;

    void start(String name) {
        stage = name;
        started = System.nanoTime();
    }

    void stop() {
        millis.merge(stage, (System.nanoTime() - started) / 1_000_000, Long::sum);
    }

    Map<String, Long> millis() {
        return millis;
    }
}
