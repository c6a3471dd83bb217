package org.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sections of a story page, each written from the brief's JSON: summary, who said what, key facts,
 * conflicts, timeline, what only one source reports, entities and sources. Empty sections are left out.
 */
final class BriefSections {

    private BriefSections() {
    }

    /** Writes every non-empty section of {@code brief}. */
    static void write(JsonNode brief, Sources sources, Html html) {
        summary(brief.path("summary"), sources, html);
        quotes(brief.path("quotes"), sources, html);
        facts(brief.path("facts"), sources, html);
        conflicts(brief.path("conflicts"), sources, html);
        timeline(brief.path("timeline"), sources, html);
        exclusives(brief.path("exclusive"), sources, html);
        entities(brief.path("entities"), sources, html);
        sources(sources, html);
    }

    private static boolean open(JsonNode list, String id, String heading, Html html) {
        if (!list.isArray() || list.isEmpty()) {
            return false;
        }
        html.open("section", "class", id, "id", id).element("h2", heading).newline();
        return true;
    }

    private static void summary(JsonNode sentences, Sources sources, Html html) {
        if (!open(sentences, "summary", "Summary", html)) {
            return;
        }
        html.open("ol", "class", "claims");
        for (JsonNode sentence : sentences) {
            html.open("li").text(sentence.path("text").asText());
            sources.markers(sentence.path("sources"), html);
            html.close("li").newline();
        }
        html.close("ol").close("section").newline();
    }

    private static void quotes(JsonNode quotes, Sources sources, Html html) {
        if (!open(quotes, "quotes", "Who said what", html)) {
            return;
        }
        html.open("ul", "class", "claims quotes");
        for (JsonNode quote : bySpeaker(quotes)) {
            html.open("li").open("span", "class", "speaker");
            String speaker = quote.path("speaker").asText(null);
            String description = quote.path("speaker_description").asText(null);
            if (speaker != null) {
                html.link(Links.entity(speaker), speaker);
            } else {
                html.text(description != null ? description
                        : quote.path("anonymous").asBoolean() ? "an unnamed source" : "Unattributed");
            }
            html.close("span").text(": ");
            if (quote.path("direct").asBoolean(true)) {
                html.element("q", quote.path("text").asText());
            } else {
                html.element("span", "reported", "class", "badge").text(" ").text(quote.path("text").asText());
            }
            sources.markers(quote.path("sources"), html);
            cues(quote.path("sources"), html);
            html.close("li").newline();
        }
        html.close("ul").close("section").newline();
    }

    /** The distinct words of the quote's sources that name its speaker ({@code he said}), when any does. */
    private static void cues(JsonNode sources, Html html) {
        java.util.Set<String> cues = new java.util.LinkedHashSet<>();
        for (JsonNode source : sources) {
            String cue = source.path("cue").path("text").asText(null);
            if (cue != null) {
                cues.add(cue);
            }
        }
        if (!cues.isEmpty()) {
            html.text(" ").element("span", "— " + String.join(" · ", cues), "class", "cue");
        }
    }

    /** The quotes grouped by speaker (name, else description), speakers in order of first appearance. */
    private static java.util.List<JsonNode> bySpeaker(JsonNode quotes) {
        java.util.Map<String, java.util.List<JsonNode>> groups = new java.util.LinkedHashMap<>();
        for (JsonNode quote : quotes) {
            String key = quote.path("speaker").asText(quote.path("speaker_description").asText(""));
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(quote);
        }
        return groups.values().stream().flatMap(java.util.List::stream).toList();
    }

    private static void facts(JsonNode facts, Sources sources, Html html) {
        if (!open(facts, "facts", "Key facts", html)) {
            return;
        }
        html.open("ul", "class", "claims facts");
        for (JsonNode fact : facts) {
            html.open("li").element("strong", fact.path("text").asText());
            String subject = fact.path("subject").asText(null);
            if (subject != null) {
                html.text(" — " + subject);
            }
            int support = fact.path("support").asInt();
            html.element("span", " · " + support + (support == 1 ? " source" : " sources"), "class", "support");
            sources.markers(fact.path("sources"), html);
            html.close("li").newline();
        }
        html.close("ul").close("section").newline();
    }

    private static void conflicts(JsonNode conflicts, Sources sources, Html html) {
        if (!open(conflicts, "conflicts", "Where the sources differ", html)) {
            return;
        }
        html.open("ul", "class", "claims conflicts");
        for (JsonNode conflict : conflicts) {
            html.open("li").element("strong", conflict.path("subject").asText()).text(": ");
            boolean first = true;
            for (JsonNode side : conflict.path("sides")) {
                html.text(first ? "" : " vs. ").element("span", side.path("text").asText(), "class", "side");
                sources.markers(side.path("sources"), html);
                first = false;
            }
            html.close("li").newline();
        }
        html.close("ul").close("section").newline();
    }

    private static void timeline(JsonNode events, Sources sources, Html html) {
        if (!open(events, "timeline", "Timeline", html)) {
            return;
        }
        html.open("ol", "class", "claims timeline");
        for (JsonNode event : events) {
            html.open("li").element("time", event.path("when").asText()).text(" ").text(event.path("text").asText());
            sources.markers(event.path("sources"), html);
            html.close("li").newline();
        }
        html.close("ol").close("section").newline();
    }

    private static void exclusives(JsonNode exclusives, Sources sources, Html html) {
        if (!open(exclusives, "exclusive", "Only one source reports", html)) {
            return;
        }
        html.open("ul", "class", "claims exclusive");
        for (JsonNode exclusive : exclusives) {
            html.open("li").text(exclusive.path("text").asText());
            sources.markers(Json.MAPPER.createArrayNode().add(exclusive), html);
            html.close("li").newline();
        }
        html.close("ul").close("section").newline();
    }

    private static void entities(JsonNode entities, Sources sources, Html html) {
        if (!open(entities, "entities", "Who and what", html)) {
            return;
        }
        html.open("ul", "class", "entity-list");
        for (JsonNode entity : entities) {
            String name = entity.path("name").asText();
            html.open("li").link(Links.entity(name), name).text(" ")
                    .element("span", entity.path("type").asText(), "class", "badge");
            String role = entity.path("role").asText(null);
            if (role != null) {
                html.text(" " + role);
            }
            sources.markers(firstSpanPerArticle(entity.path("spans")), html);
            html.close("li").newline();
        }
        html.close("ul").close("section").newline();
    }

    /** Where each article first names an entity: one marker per article, opening the article at that name. */
    private static JsonNode firstSpanPerArticle(JsonNode spans) {
        ArrayNode first = Json.MAPPER.createArrayNode();
        Set<String> seen = new HashSet<>();
        for (JsonNode span : spans) {
            if (seen.add(span.path("article").asText())) {
                first.add(span);
            }
        }
        return first;
    }

    private static void sources(Sources sources, Html html) {
        if (sources.size() == 0) {
            return;
        }
        html.open("section", "class", "sources", "id", "sources").element("h2", "Sources").newline();
        html.open("ol", "class", "source-list");
        for (Map.Entry<String, JsonNode> entry : sources.articles().entrySet()) {
            JsonNode article = entry.getValue();
            String title = article.path("title").asText(entry.getKey());
            html.open("li").link(Links.article(entry.getKey()), title);
            String outlet = article.path("outlet").asText(null);
            String published = article.path("published").asText(null);
            html.open("span", "class", "meta");
            if (outlet != null) {
                html.text(" · " + outlet);
            }
            if (published != null) {
                html.text(" · " + published);
            }
            html.close("span").close("li").newline();
        }
        html.close("ol").close("section").newline();
    }
}
