package org.storyline.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.CleanArticle;

/**
 * Numbers the articles of one story from 1, in the order the brief lists them, and writes the
 * citation markers ({@code [1][3]}) and support counts ({@code 2 of 5}) that refer to them.
 * An id the story does not contain is shown as itself ({@code [some-id]}) rather than dropped.
 */
final class SourceNumbers {

    private final List<CleanArticle> articles;
    private final Map<String, Integer> numbers = new HashMap<>();

    SourceNumbers(List<CleanArticle> articles) {
        this.articles = List.copyOf(articles);
        for (int i = 0; i < this.articles.size(); i++) {
            numbers.putIfAbsent(this.articles.get(i).id(), i + 1);
        }
    }

    /** The story's articles, in numbering order. */
    List<CleanArticle> articles() {
        return articles;
    }

    /** The number of the article with {@code id}, or {@code 0} if the story does not contain it. */
    int number(String id) {
        return numbers.getOrDefault(id, 0);
    }

    /** The marker of one article: {@code [2]}, or {@code [id]} for an unknown id. */
    String marker(String id) {
        int n = number(id);
        return "[" + (n > 0 ? Integer.toString(n) : MarkdownText.escape(id)) + "]";
    }

    /** The markers of the distinct articles among {@code ids}, numbered ones first in ascending order. */
    String markers(Collection<String> ids) {
        Set<Integer> known = new TreeSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : ids) {
            int n = number(id);
            if (n > 0) {
                known.add(n);
            } else {
                unknown.add(id);
            }
        }
        StringBuilder out = new StringBuilder();
        known.forEach(n -> out.append('[').append(n).append(']'));
        unknown.forEach(id -> out.append(marker(id)));
        return out.toString();
    }

    /** The markers of {@code ids} after a space, or nothing when there are none: {@code " [1][3]"}. */
    String trailingMarkers(Collection<String> ids) {
        String markers = markers(ids);
        return markers.isEmpty() ? "" : " " + markers;
    }

    /** How many of the story's articles {@code ids} cover: {@code "n of m"}, n counting distinct ids. */
    String support(Collection<String> ids) {
        return new LinkedHashSet<>(ids).size() + " of " + articles.size();
    }
}
