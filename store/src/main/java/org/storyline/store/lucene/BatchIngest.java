package org.storyline.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.storyline.codec.ArticleCodec;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Problem;
import org.storyline.pipeline.Copies;
import org.storyline.pipeline.Failures;
import org.storyline.store.StoredArticle;
import org.storyline.store.lucene.StoryAssigner.Assignment;
import org.storyline.store.lucene.StoryAssigner.Existing;

/**
 * Adds one batch of articles to the index, uncommitted: admits the new ones, annotates them, finds their
 * candidate stories, clusters them with those stories' articles, maps the clusters back to stories
 * ({@link StoryAssigner}), writes each changed story's brief and sums its entities again.
 */
final class BatchIngest {

    private final IngestStages stages;
    private final Annotations annotations;
    private final StoryBuilder builder;

    BatchIngest(IngestStages stages, Annotations annotations) {
        this.stages = stages;
        this.annotations = annotations;
        this.builder = new StoryBuilder(stages.composer());
    }

    /**
     * What one batch did.
     *
     * @param added      ids of the articles stored
     * @param duplicates articles already stored
     * @param problems   articles that could not be added
     * @param created    stories created
     * @param updated    stored stories that gained articles or absorbed others
     * @param merged     stored stories merged into others
     * @param entityKeys entities whose totals must be summed again once the stories are written
     */
    record Result(List<String> added, int duplicates, List<Problem> problems, List<String> created,
                  List<String> updated, List<String> merged, Set<String> entityKeys) {
    }

    /** Adds {@code batch} through {@code writer}, reading the index as {@code reads} sees it. */
    Result run(List<Article> batch, IndexWriter writer, IndexReads reads, Runnable tick) throws IOException {
        Admission.Admitted admitted = Admission.admit(batch, reads, stages, tick);
        List<Problem> problems = new ArrayList<>(admitted.problems());
        Map<String, ArticleEntry> entries = new LinkedHashMap<>();
        Map<String, AnnotatedArticle> analysed = new HashMap<>();
        Copies local = Copies.mark(admitted.fresh());
        List<String> exactIds = local.exact().stream().map(CleanArticle::id).toList();
        String now = Instant.now().toString();
        annotations.annotateAll(admitted.fresh().stream().filter(c -> !exactIds.contains(c.id())).toList());
        for (int i = 0; i < admitted.fresh().size(); i++) {
            CleanArticle clean = admitted.fresh().get(i);
            try {
                String terms = "";
                byte[] sentences = null;
                if (!exactIds.contains(clean.id())) {
                    AnnotatedArticle a = annotations.annotate(clean);
                    analysed.put(clean.id(), a);
                    terms = String.join(" ", CandidateFinder.terms(a));
                    sentences = ArticleCodec.encodeSentences(a.sentences());
                }
                StoredArticle stored = new StoredArticle(clean.article(), "", admitted.hashes().get(i), now);
                entries.put(clean.id(), new ArticleEntry(stored, clean.text(), terms, clean.author(), clean.title(),
                        sentences));
            } catch (RuntimeException e) {
                problems.add(new Problem(clean.article().path(), "annotate", Failures.describe(e)));
            }
        }
        List<String> fresh = new ArrayList<>(entries.keySet());
        Set<String> candidates = CandidateFinder.stories(reads, List.copyOf(analysed.values()));
        Existing existing = load(reads, candidates, entries);
        List<CleanArticle> all = new ArrayList<>();
        entries.values().forEach(e -> all.add(e.stored().storyId().isEmpty()
                ? cleanOf(admitted.fresh(), e.stored().id()) : annotations.clean(e.stored().article())));
        Copies copies = Copies.mark(all);
        List<AnnotatedArticle> clustered = new ArrayList<>();
        analysed.clear();
        for (CleanArticle c : copies.analysed()) {
            AnnotatedArticle a = annotations.annotate(c, entries.get(c.id()));
            analysed.put(c.id(), a);
            clustered.add(a);
        }
        Map<String, String> exactOf = new HashMap<>();
        copies.exact().forEach(c -> exactOf.put(c.id(), c.duplicateOf()));
        List<Assignment> assignments = StoryAssigner.assign(stages.clusterer().cluster(clustered), exactOf,
                existing, fresh);
        StoryWrites writes = new StoryWrites(writer, reads);
        Set<String> entityKeys = new LinkedHashSet<>();
        List<String> added = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (Assignment assignment : assignments) {
            Assignment a = assignment.created() ? assignment.withId(freeStoryId(reads, assignment.storyId()))
                    : assignment;
            List<String> mine = a.articleIds().stream().filter(fresh::contains).toList();
            StoryBuilder.Built built;
            try {
                String since = a.created() ? now : existing.created().get(a.storyId());
                built = builder.build(a.storyId(), a.articleIds(), analysed, copies, since, now);
            } catch (RuntimeException e) {
                mine.forEach(id -> problems.add(new Problem(entries.get(id).stored().article().path(), "brief",
                        Failures.describe(e))));
                continue;
            }
            writes.write(a, built, entries, entityKeys);
            added.addAll(mine);
            (a.created() ? created : updated).add(a.storyId());
            merged.addAll(a.merged());
        }
        return new Result(added, admitted.duplicates(), problems, created, updated, merged, entityKeys);
    }

    /** The candidate stories' articles and creation times; their entries join {@code entries}. */
    private static Existing load(IndexReads reads, Set<String> candidates, Map<String, ArticleEntry> entries) {
        Map<String, List<String>> articleIds = new LinkedHashMap<>();
        Map<String, String> created = new HashMap<>();
        for (String story : candidates) {
            reads.byKey(StoreFields.STORY_KIND, story).ifPresent(doc -> {
                created.put(story, StoryDocument.readEntry(doc).created());
                List<String> ids = new ArrayList<>();
                for (ArticleEntry e : reads.articlesOf(story)) {
                    ids.add(e.stored().id());
                    entries.put(e.stored().id(), e);
                }
                articleIds.put(story, ids);
            });
        }
        return new Existing(articleIds, created);
    }

    private static CleanArticle cleanOf(List<CleanArticle> fresh, String id) {
        return fresh.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** {@code id}, or {@code id-2}, {@code id-3}, ... when a story or a redirect already has it. */
    private static String freeStoryId(IndexReads reads, String id) {
        String candidate = id;
        for (int n = 2; reads.exists(StoreFields.STORY_KIND, candidate)
                || reads.exists(StoreFields.REDIRECT, candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
