package org.storyline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One story's outcome: its brief, or the problems that stopped it.
 *
 * @param story    the story id
 * @param first    the input order of its first article (stories are written in this order)
 * @param headline the brief's headline, or {@code null} when the brief failed
 * @param articles the ids of the brief's articles, exact copies included
 * @param json     the brief as core's JSON renderer writes it, on one line, or {@code null}
 * @param problems one per article when the brief failed, else empty
 */
record BriefRow(String story, long first, String headline, List<String> articles, String json,
                List<ProblemRow> problems) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the brief was written. */
    boolean ok() {
        return json != null;
    }
}
