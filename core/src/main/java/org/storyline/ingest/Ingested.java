package org.storyline.ingest;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * What one ingest run produced: the articles that could be read and a problem for each input that
 * could not.
 *
 * @param articles the articles, in input order (files of a directory sorted by path)
 * @param problems one entry per unreadable file, bad JSONL line, duplicate id, ...
 */
public record Ingested(List<Article> articles, List<Problem> problems) {

    /** Copies both lists, so the value is immutable. */
    public Ingested {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
}
