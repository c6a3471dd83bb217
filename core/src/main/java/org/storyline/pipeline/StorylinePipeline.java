package org.storyline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import org.storyline.brief.BriefComposer;
import org.storyline.clean.TextCleaner;
import org.storyline.cluster.StoryClusterer;
import org.storyline.dedup.DuplicateFinder;
import org.storyline.dedup.DuplicateGroup;
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
 * (the NLP models) load once, on first use, and are shared by all calls; instances are thread-safe.
 */
public final class StorylinePipeline {

    private final Ingester ingester;
    private final TextCleaner cleaner;
    private final TextAnnotator annotator;
    private final StoryClusterer clusterer;
    private final BriefComposer composer;
    private final LanguageTagger languages = new LanguageTagger();
    private final DuplicateFinder duplicates = new DuplicateFinder();

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
        List<CleanArticle> cleaned = new ArrayList<>();
        for (Article article : ingested.articles()) {
            try {
                cleaned.add(cleaner.clean(languages.tag(article)));
            } catch (RuntimeException e) {
                problems.add(new Problem(article.path(), "clean", describe(e)));
            }
        }
        Copies copies = markCopies(cleaned);
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (CleanArticle clean : copies.analysed()) {
            try {
                annotated.add(annotator.annotate(clean));
            } catch (RuntimeException e) {
                problems.add(new Problem(clean.article().path(), "annotate", describe(e)));
            }
        }
        List<Brief> briefs = new ArrayList<>();
        for (Story story : clusterer.cluster(annotated)) {
            try {
                briefs.add(copies.attachTo(composer.compose(story)));
            } catch (RuntimeException e) {
                for (AnnotatedArticle a : story.articles()) {
                    problems.add(new Problem(a.clean().article().path(), "brief", describe(e)));
                }
            }
        }
        return new Report(briefs, problems, ingested.skipped());
    }

    /** Marks reprints with the article they copy; exact copies are set aside, listed later with their original. */
    private Copies markCopies(List<CleanArticle> cleaned) {
        Map<String, String> originalOf = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (DuplicateGroup group : duplicates.find(cleaned)) {
            for (String copy : group.copies()) {
                originalOf.put(copy, group.original());
                if (group.exact()) {
                    exact.add(copy);
                }
            }
        }
        List<CleanArticle> analysed = new ArrayList<>();
        List<CleanArticle> setAside = new ArrayList<>();
        for (CleanArticle c : cleaned) {
            CleanArticle marked = originalOf.containsKey(c.id()) ? c.withDuplicateOf(originalOf.get(c.id())) : c;
            (exact.contains(c.id()) ? setAside : analysed).add(marked);
        }
        return new Copies(analysed, setAside);
    }

    /** Articles to analyse, and exact copies to list beside their originals. */
    private record Copies(List<CleanArticle> analysed, List<CleanArticle> exact) {

        Brief attachTo(Brief brief) {
            Set<String> members = new HashSet<>();
            brief.articles().forEach(a -> members.add(a.id()));
            List<CleanArticle> articles = new ArrayList<>(brief.articles());
            exact.stream().filter(c -> members.contains(c.duplicateOf())).forEach(articles::add);
            return brief.withArticles(articles);
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
