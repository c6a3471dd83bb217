package org.storyline.store.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.brief.BriefComposer;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.CleanArticle;
import org.storyline.model.Entity;
import org.storyline.model.Report;
import org.storyline.model.Story;
import org.storyline.pipeline.Copies;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.StorySummary;

/**
 * Writes a story's brief and renders it once in every format, so that reading a story costs nothing: the
 * brief of the story's analysed articles, its exact copies listed beside their originals, as a one-story
 * report.
 */
final class StoryBuilder {

    /** Most entity names a story summary lists. */
    static final int SUMMARY_ENTITIES = 10;

    private final BriefComposer composer;

    StoryBuilder(BriefComposer composer) {
        this.composer = composer;
    }

    /**
     * A built story.
     *
     * @param entry the story as indexed
     * @param brief its brief (for its quotes)
     */
    record Built(StoryEntry entry, Brief brief) {
    }

    /**
     * The story {@code id} of {@code articleIds}.
     *
     * @param analysed the annotated articles, by id (those of the story that are analysed)
     * @param copies   the batch's reprints, whose exact copies are listed with their originals
     * @param created  when the story was created
     * @param now      the time of this change
     */
    Built build(String id, List<String> articleIds, Map<String, AnnotatedArticle> analysed, Copies copies,
                String created, String now) {
        List<AnnotatedArticle> members = articleIds.stream().filter(analysed::containsKey).map(analysed::get).toList();
        Brief brief = copies.attachTo(composer.compose(new Story(id, members)));
        Report report = new Report(List.of(brief), List.of());
        List<CleanArticle> all = brief.articles();
        StorySummary summary = new StorySummary(id, brief.headline(), latest(all), now, all.size(), outlets(all),
                brief.entities().stream().limit(SUMMARY_ENTITIES).map(Entity::name).toList());
        StoredStory story = new StoredStory(summary, articleIds, Format.JSON.renderer().render(report),
                Format.MARKDOWN.renderer().render(report), Format.HTML.renderer().render(report));
        String text = String.join(" ", brief.summary().stream().map(BriefSentence::text).toList());
        List<String> days = all.stream().map(c -> Days.of(c.article().published()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        List<EntityCount> entities = brief.entities().stream()
                .map(e -> new EntityCount(e.name(), e.type().name(), e.role(), e.mentions(), e.variants())).toList();
        return new Built(new StoryEntry(story, created, text, days, entities), brief);
    }

    /** The publication text of the latest dated article, or {@code null}. */
    private static String latest(List<CleanArticle> articles) {
        return articles.stream().map(c -> c.article().published()).filter(p -> Days.of(p) != null)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Outlets credited by the articles, most articles first. */
    private static List<String> outlets(List<CleanArticle> articles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CleanArticle c : articles) {
            String outlet = c.article().outlet() != null ? c.article().outlet() : c.author();
            if (outlet != null) {
                counts.merge(outlet, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparing((String o) -> -counts.get(o)));
        return out;
    }
}
