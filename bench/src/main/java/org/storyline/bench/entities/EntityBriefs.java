package org.storyline.bench.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Brief;
import org.storyline.model.Entity;
import org.storyline.model.Report;
import org.storyline.model.Story;
import org.storyline.pipeline.Copies;
import org.storyline.render.JsonRenderer;

/**
 * Briefs that carry only a story's articles and entities, written by the command line's own JSON renderer, so
 * that the scorer reads the keys and values a real {@code storyline brief --format json} gives it.
 */
final class EntityBriefs {

    private static final JsonRenderer RENDERER = new JsonRenderer();

    private EntityBriefs() {
    }

    /**
     * The brief of {@code story} with {@code entities} and no quotes, facts or summary: its headline is the first
     * article's title (empty when it has none), and the exact copies of its articles are listed after them, as
     * the pipeline lists them.
     */
    static Brief of(Story story, List<Entity> entities, Copies copies) {
        List<AnnotatedArticle> articles = story.articles();
        String headline = Objects.requireNonNullElse(articles.get(0).clean().title(), "");
        Brief brief = new Brief(story.id(), headline, articles.stream().map(AnnotatedArticle::clean).toList(),
                entities, List.of(), List.of(), List.of(), List.of());
        return copies.attachTo(brief);
    }

    /** Writes {@code briefs} to {@code out} in the JSON contract of the command line. */
    static void write(List<Brief> briefs, Path out) {
        try {
            Files.writeString(out, RENDERER.render(new Report(briefs, List.of())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity brief " + out, e);
        }
    }
}
