package org.storyline.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.storyline.model.Report;

/**
 * Runs storyline end to end: ingest, clean, annotate, cluster, extract, align and brief.
 * Heavy resources (the NLP models) load once, on first use, and are shared by all calls.
 */
public final class StorylinePipeline {

    /** A pipeline with the default stages. */
    public static StorylinePipeline create() {
        return new StorylinePipeline();
    }

    /**
     * Reads every article under {@code inputs} (files or directories) and writes a brief per story.
     * Inputs that cannot be read are reported in {@link Report#problems()}; the others go on.
     */
    public Report brief(List<Path> inputs) {
        throw new UnsupportedOperationException("pipeline not wired yet");
    }
}
