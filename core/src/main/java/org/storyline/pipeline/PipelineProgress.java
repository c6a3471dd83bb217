package org.storyline.pipeline;

/**
 * What {@link StorylinePipeline#brief(java.util.List, PipelineProgress)} tells while it runs, for progress bars
 * and stage timings. Calls may come from several threads at once (the stages run on all cores); an
 * implementation must be thread-safe.
 */
@FunctionalInterface
public interface PipelineProgress {

    /** A listener that ignores everything. */
    PipelineProgress NONE = (stage, done, total) -> {
    };

    /** The pipeline's stages, in the order they run. */
    enum Stage {
        /** Reading the inputs, detecting languages and cleaning; starts with a total of 0 (not known yet), ends with the articles read. */
        INGEST,
        /** Sentences, tokens, entities (CoreNLP); {@code total} is the articles that are not exact copies. */
        ANNOTATE,
        /** Grouping the articles into stories; reported once at its start and once at its end. */
        CLUSTER,
        /** Extracting, aligning and writing a brief per story; {@code total} is the stories. */
        BRIEF
    }

    /**
     * {@code done} of {@code total} items of {@code stage} are done. Each stage reports {@code done == 0} when it
     * starts and {@code done == total} when it ends.
     */
    void progress(Stage stage, int done, int total);
}
