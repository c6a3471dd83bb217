package org.storyline.spark;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.cluster.StoryClusterer;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs     files, folders or globs on any Hadoop-compatible file system
 * @param output     the folder to write into; must not exist yet, or be empty
 * @param formats    the formats of the stories
 * @param threshold  the clustering threshold ({@link StoryClusterer#DEFAULT_THRESHOLD})
 * @param neighbours the clustering neighbourhood ({@link StoryClusterer#DEFAULT_NEIGHBOURS})
 */
public record JobOptions(List<String> inputs, String output, Set<OutputFormat> formats, double threshold,
                         int neighbours) {

    /** Checks the values, naming a bad one. */
    public JobOptions {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        Objects.requireNonNull(output, "output");
        formats = Set.copyOf(Objects.requireNonNull(formats, "formats"));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input path given");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format given");
        }
    }

    /** Options with both formats and the default clustering. */
    public static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(inputs, output, Set.of(OutputFormat.values()), StoryClusterer.DEFAULT_THRESHOLD,
                StoryClusterer.DEFAULT_NEIGHBOURS);
    }
}
