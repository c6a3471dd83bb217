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
import org.storyline.lang.LanguageTagger;
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
 * Runs storyline end to end: ingest, detect language, clean, find reprints, annotate, cluster, then per story
 * extract, align and brief. An exact copy of another article is not analysed again: it is listed in its
 * original's story, marked as a copy.
 * A failure of one article or one story becomes a {@link Problem} and the rest go on. Heavy resources
 * (the NLP models) load once, on first use, and are shared by all calls; instances are thread-safe. Articles are
 * annotated, and stories briefed, on all cores, with the same output as on one.
 */
public final class StorylinePipeline {

    private final Ingester ingester;
    private final TextCleaner cleaner;
    private final TextAnnotator annotator;
    private final StoryClusterer clusterer;
    private final BriefComposer composer;
    private final LanguageTagger languages = new LanguageTagger();

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
        return brief(inputs, PipelineProgress.NONE);
    }

    /**
     * As {@link #brief(List)}, telling {@code progress} how far each stage has come.
     *
     * @param inputs   files or directories
     * @param progress told of each stage's start, items and end (from several threads)
     * @return the briefs and the problems
     */
    public Report brief(List<Path> inputs, PipelineProgress progress) {
        Objects.requireNonNull(progress, "progress");
        progress.progress(PipelineProgress.Stage.INGEST, 0, 0);
        Ingested ingested = ingester.ingest(inputs);
        List<Problem> problems = new ArrayList<>(ingested.problems());
        List<CleanArticle> cleaned = new ArrayList<>();
        for (Article article : ingested.articles()) {
            try {
                cleaned.add(cleaner.clean(languages.tag(article)));
            } catch (RuntimeException e) {
                problems.add(new Problem(article.path(), "clean", Failures.describe(e)));
            }
        }
        Copies copies = Copies.mark(cleaned);
        progress.progress(PipelineProgress.Stage.INGEST, ingested.articles().size(), ingested.articles().size());
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (OnAllCores.Outcome<CleanArticle, AnnotatedArticle> a : OnAllCores.map(copies.analysed(),
                annotator::annotate, progress, PipelineProgress.Stage.ANNOTATE)) {
            if (a.ok()) {
                annotated.add(a.value());
            } else {
                problems.add(new Problem(a.item().article().path(), "annotate", Failures.describe(a.failure())));
            }
        }
        List<Brief> briefs = new ArrayList<>();
        progress.progress(PipelineProgress.Stage.CLUSTER, 0, annotated.size());
        List<Story> stories = clusterer.cluster(annotated);
        progress.progress(PipelineProgress.Stage.CLUSTER, annotated.size(), annotated.size());
        for (OnAllCores.Outcome<Story, Brief> b : OnAllCores.map(stories, composer::compose, progress,
                PipelineProgress.Stage.BRIEF)) {
            if (b.ok()) {
                briefs.add(copies.attachTo(b.value()));
            } else {
                for (AnnotatedArticle a : b.item().articles()) {
                    problems.add(new Problem(a.clean().article().path(), "brief", Failures.describe(b.failure())));
                }
            }
        }
        return new Report(briefs, problems, ingested.skipped());
    }
}
