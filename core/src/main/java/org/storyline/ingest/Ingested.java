package org.storyline.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * What one ingest run produced: the articles that could be read, a problem for each input that
 * could not, and how many records were skipped on purpose because they are not articles.
 *
 * @param articles the articles, in input order (files of a directory sorted by path)
 * @param problems one entry per unreadable file, bad JSONL line, duplicate id, truncated record, ...
 * @param skipped  records left out on purpose, counted by reason (such as {@code WARC request record}
 *                 or {@code WARC response, not HTML}), sorted by reason; empty when nothing was skipped
 */
public record Ingested(List<Article> articles, List<Problem> problems, Map<String, Integer> skipped) {

    /** Copies the lists and the map, so the value is immutable. */
    public Ingested {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        skipped = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(skipped, "skipped")));
    }

    /**
     * A result in which nothing was skipped.
     *
     * @param articles the articles read
     * @param problems the inputs that could not be read
     */
    public Ingested(List<Article> articles, List<Problem> problems) {
        this(articles, problems, Map.of());
    }

    /** The number of records skipped for all reasons together. */
    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
