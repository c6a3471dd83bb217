package org.storyline.cli;

import java.nio.file.Path;
import java.util.List;
import org.storyline.model.Report;
import org.storyline.pipeline.PipelineProgress;
import org.storyline.pipeline.StorylinePipeline;

/**
 * What {@link BriefCommand} runs on its input paths: the real pipeline in production, a fake in tests.
 */
@FunctionalInterface
public interface Briefer {

    /**
     * Briefs every article under {@code inputs}; inputs that fail are reported in {@link Report#problems()}.
     *
     * @param inputs article files or directories, in the order given on the command line
     * @return the briefs and the problems
     */
    Report brief(List<Path> inputs);

    /**
     * As {@link #brief(List)}, telling {@code progress} how far each stage has come; a briefer that cannot tell
     * just briefs.
     *
     * @param inputs   article files or directories
     * @param progress told of each stage's progress, possibly from several threads
     * @return the briefs and the problems
     */
    default Report brief(List<Path> inputs, PipelineProgress progress) {
        return brief(inputs);
    }

    /**
     * The default {@link StorylinePipeline}, created only when a brief is actually asked for, so that
     * {@code --help} and usage errors stay instant.
     *
     * @return a briefer backed by {@link StorylinePipeline#create()}
     */
    static Briefer pipeline() {
        return new Briefer() {
            @Override
            public Report brief(List<Path> inputs) {
                return StorylinePipeline.create().brief(inputs);
            }

            @Override
            public Report brief(List<Path> inputs, PipelineProgress progress) {
                return StorylinePipeline.create().brief(inputs, progress);
            }
        };
    }
}
