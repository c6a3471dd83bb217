package org.storyline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.pipeline.PipelineProgress.Stage;

class BriefProgressTest {

    @Test
    void longRunTellsEachStageAndItsShareOfTheTime() {
        StringWriter text = new StringWriter();
        try (BriefProgress progress = new BriefProgress(new PrintWriter(text), null, 0)) {
            progress.progress(Stage.INGEST, 0, 0);
            progress.progress(Stage.INGEST, 3, 3);
            progress.progress(Stage.ANNOTATE, 0, 3);
            progress.progress(Stage.ANNOTATE, 1, 3);
            progress.progress(Stage.ANNOTATE, 3, 3);
            progress.progress(Stage.CLUSTER, 0, 3);
            progress.progress(Stage.CLUSTER, 3, 3);
            progress.progress(Stage.BRIEF, 0, 2);
            progress.progress(Stage.BRIEF, 2, 2);
        }
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("storyline: annotate 1/3 (")), lines::toString);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("storyline: [0-9.]+ s in all: ingest\\+clean [0-9.]+ s \\([0-9]+ %\\), annotate [0-9.]+"
                + " s \\([0-9]+ %\\), cluster [0-9.]+ s \\([0-9]+ %\\), brief [0-9.]+ s \\([0-9]+ %\\)"), last);
    }

    @Test
    void shortRunStaysSilent() {
        StringWriter text = new StringWriter();
        try (BriefProgress progress = new BriefProgress(new PrintWriter(text), null)) {
            progress.progress(Stage.INGEST, 0, 0);
            progress.progress(Stage.INGEST, 5, 5);
            progress.progress(Stage.ANNOTATE, 0, 5);
            progress.progress(Stage.ANNOTATE, 5, 5);
        }
        assertEquals("", text.toString());
    }
}
