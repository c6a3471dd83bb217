package org.storyline.model;

import java.util.List;

/**
 * The result of one run: a brief per story, and the inputs that could not be processed.
 *
 * @param stories  one brief per story
 * @param problems inputs that failed, with the stage and reason
 */
public record Report(List<Brief> stories, List<Problem> problems) {

    public Report {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
