package org.storyline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.brief.BriefComposer;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;
import org.storyline.model.Problem;
import org.storyline.model.Report;
import org.storyline.model.Story;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.TextAnnotator;

/**
 * Runs storyline end to end: ingest, clean, annotate, cluster, then per story extract, align and brief.
 * A failure of one article or one story becomes a {@link Problem} and the rest go on. Heavy resources
 * (the NLP models) load once, on first use, and are shared by all calls; instances are thread-safe.
 */
public final class StorylinePipeline {

    private final Ingester ingester;
    private final TextCleaner cleaner;
    private final TextAnnotator annotator;
    private final StoryClusterer clusterer;
    private final BriefComposer composer;

    /** A pipeline with the given stages. */
    public StorylinePipeline(Ingester ingester, TextCleaner cleaner, TextAnnotator annotator,
                             StoryClusterer clusterer, BriefComposer composer) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    /** A pipeline with the default stages (Stanford CoreNLP for annotation). */
    public static StorylinePipeline create() {
        return new StorylinePipeline(new Ingester(), new TextCleaner(), new CoreNlpAnnotator(), new StoryClusterer(),
                new BriefComposer());
    }

    /**
     * Reads every article under {@code inputs} (files or directories) and writes a brief per story.
     * Inputs that cannot be read are reported in {@link Report#problems()}; the others go on.
     */
    public Report brief(List<Path> inputs) {
        Ingested ingested = ingester.ingest(inputs);
        List<Problem> problems = new ArrayList<>(ingested.problems());
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article article : ingested.articles()) {
            String stage = "clean";
            try {
                CleanArticle clean = cleaner.clean(article);
                stage = "annotate";
                annotated.add(annotator.annotate(clean));
            } catch (RuntimeException e) {
                problems.add(new Problem(article.path(), stage, describe(e)));
            }
        }
        List<Brief> briefs = new ArrayList<>();
        for (Story story : clusterer.cluster(annotated)) {
            try {
                briefs.add(composer.compose(story));
            } catch (RuntimeException e) {
                for (AnnotatedArticle a : story.articles()) {
                    problems.add(new Problem(a.clean().article().path(), "brief", describe(e)));
                }
            }
        }
        return new Report(briefs, problems, ingested.skipped());
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
