package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about one event.
 *
 * @param id       stable id of the story
 * @param articles the story's articles, in input order
 */
public record Story(String id, List<AnnotatedArticle> articles) {

    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
    }
}
