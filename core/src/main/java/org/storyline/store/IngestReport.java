package org.storyline.store;

import java.util.List;
import org.storyline.model.Problem;

/**
 * What one ingest did.
 *
 * @param added          articles stored
 * @param duplicates     articles already in the store (same content or same address), not stored again
 * @param storiesCreated stories that did not exist before
 * @param storiesUpdated existing stories that gained articles or were merged
 * @param problems       articles that could not be added, with the reason
 */
public record IngestReport(int added, int duplicates, int storiesCreated, int storiesUpdated, List<Problem> problems) {

    public IngestReport {
        problems = List.copyOf(problems);
    }
}
