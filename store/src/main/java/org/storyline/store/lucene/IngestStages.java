package org.storyline.store.lucene;

import java.util.Objects;
import org.storyline.brief.BriefComposer;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.lang.LanguageTagger;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.TextAnnotator;

/**
 * The pipeline stages a store writer runs on what it adds, the same as {@code storyline brief} runs.
 *
 * @param languages tags each article's language
 * @param cleaner   cleans each article
 * @param annotator splits sentences and tags tokens (heavy: load once, share)
 * @param clusterer groups articles into stories
 * @param composer  writes a story's brief
 */
public record IngestStages(LanguageTagger languages, TextCleaner cleaner, TextAnnotator annotator,
                           StoryClusterer clusterer, BriefComposer composer) {

    /** Stages that are all given. */
    public IngestStages {
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(clusterer, "clusterer");
        Objects.requireNonNull(composer, "composer");
    }

    /** The default stages, with Stanford CoreNLP as annotator. */
    public static IngestStages defaults() {
        return with(new CoreNlpAnnotator());
    }

    /** The default stages with {@code annotator} (to share one already loaded). */
    public static IngestStages with(TextAnnotator annotator) {
        return new IngestStages(new LanguageTagger(), new TextCleaner(), annotator, new StoryClusterer(),
                new BriefComposer());
    }
}
