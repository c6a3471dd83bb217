package org.storyline.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of one run: a brief per story, and the inputs that could not be processed.
 *
 * @param stories  one brief per story
 * @param problems inputs that failed, with the stage and reason
 * @param skipped  input records deliberately passed over (WARC requests, non-HTML responses), counted by reason
 */
public record Report(List<Brief> stories, List<Problem> problems, Map<String, Integer> skipped) {

    public Report {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** A report with nothing skipped. */
    public Report(List<Brief> stories, List<Problem> problems) {
        this(stories, problems, Map.of());
    }
}
