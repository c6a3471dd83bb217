package org.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.storyline.store.StoryBrief;

/**
 * {@code GET /stories/{id}}: a story's brief, read from its JSON (the JSON contract) and written so that
 * every sentence, quote, fact, conflict side and timeline event links, through its source markers, to the
 * article page with the cited span highlighted. Sections follow the stand-alone HTML brief's order.
 */
final class StoryPageView {

    private StoryPageView() {
    }

    /** The page of {@code story}, its brief in JSON. */
    static String render(StoryBrief story) {
        JsonNode brief = brief(story);
        String headline = brief.path("headline").asText(story.summary().headline());
        Sources sources = new Sources(brief.path("articles"));
        return PageLayout.page(headline, html -> {
            html.open("article", "class", "brief").newline();
            html.open("header").element("h1", headline).open("p", "class", "meta");
            html.text(sources.size() + (sources.size() == 1 ? " source" : " sources"));
            if (story.summary().latest() != null) {
                html.text(" · latest ").element("time", story.summary().latest());
            }
            html.text(" · every marker such as [1] opens the cited passage · ");
            String api = "/api/stories/" + Links.segment(story.id());
            html.link(api + "?format=markdown", "Markdown").text(" · ").link(api + "?format=json", "JSON")
                    .text(" · ").link(api + "?format=html", "stand-alone page");
            html.close("p").close("header").newline();
            BriefSections.write(brief, sources, html);
            html.close("article").newline();
        });
    }

    /** The story's object in its JSON report. */
    private static JsonNode brief(StoryBrief story) {
        try {
            JsonNode report = Json.MAPPER.readTree(story.text());
            for (JsonNode candidate : report.path("stories")) {
                if (story.id().equals(candidate.path("id").asText())) {
                    return candidate;
                }
            }
            JsonNode first = report.path("stories").path(0);
            if (first.isObject()) {
                return first;
            }
            throw new IllegalStateException("the JSON of story " + story.id() + " holds no story");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON of story " + story.id() + " is not valid JSON", e);
        }
    }
}
