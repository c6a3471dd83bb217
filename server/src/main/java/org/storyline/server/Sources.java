package org.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The numbered sources of a brief ({@code [1]} is its first article) and the markers that link a claim's
 * citations to the cited spans on the article pages.
 */
final class Sources {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, JsonNode> articles = new LinkedHashMap<>();

    /** The sources listed in a brief's {@code articles}. */
    Sources(JsonNode list) {
        for (JsonNode article : list) {
            String id = article.path("id").asText();
            numbers.putIfAbsent(id, numbers.size() + 1);
            articles.putIfAbsent(id, article);
        }
    }

    /** How many sources. */
    int size() {
        return numbers.size();
    }

    /** The sources' JSON objects, by id, in order. */
    Map<String, JsonNode> articles() {
        return articles;
    }

    /** The label of article {@code id}: its number, or its id when the brief does not list it. */
    String label(String id) {
        Integer number = numbers.get(id);
        return number == null ? id : number.toString();
    }

    /**
     * Writes a marker per distinct citation in {@code citations} (objects with {@code article}, {@code start},
     * {@code end}), in source-number order, each a link to the article page with the span highlighted.
     */
    void markers(JsonNode citations, Html html) {
        Set<String> seen = new LinkedHashSet<>();
        boolean any = false;
        java.util.List<JsonNode> ordered = new java.util.ArrayList<>();
        citations.forEach(ordered::add);
        ordered.sort(java.util.Comparator.comparingInt(c -> numbers.getOrDefault(c.path("article").asText(""),
                Integer.MAX_VALUE)));
        for (JsonNode citation : ordered) {
            String article = citation.path("article").asText(null);
            if (article == null || !citation.path("start").canConvertToInt() || !citation.path("end").canConvertToInt()) {
                continue;
            }
            int start = citation.path("start").asInt();
            int end = citation.path("end").asInt();
            if (!seen.add(article + "#" + start + "-" + end)) {
                continue;
            }
            if (!any) {
                html.text(" ").open("span", "class", "cites");
                any = true;
            }
            html.link(Links.cited(article, start, end), "[" + label(article) + "]", "class", "cite",
                    "title", "Open the cited passage in " + title(article));
        }
        if (any) {
            html.close("span");
        }
    }

    /** A short name for article {@code id}: its outlet, else its title, else its id. */
    String title(String id) {
        JsonNode article = articles.get(id);
        if (article == null) {
            return id;
        }
        String outlet = article.path("outlet").asText(null);
        String title = article.path("title").asText(null);
        return outlet != null ? outlet : title != null ? title : id;
    }
}
