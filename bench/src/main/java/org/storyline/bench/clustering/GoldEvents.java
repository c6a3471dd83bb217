package org.storyline.bench.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold labels of a benchmark JSON Lines file: per article id its topic and event. Read beside the
 * articles, never given to the clusterer.
 *
 * @param topicOf topic number of each article id
 * @param eventOf gold event label of each article id
 */
public record GoldEvents(Map<String, Integer> topicOf, Map<String, String> eventOf) {

    public GoldEvents {
        topicOf = Map.copyOf(topicOf);
        eventOf = Map.copyOf(eventOf);
    }

    /** Reads the {@code id}, {@code topic} and {@code event} fields of every line of {@code jsonl}. */
    public static GoldEvents read(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> topics = new HashMap<>();
        Map<String, String> events = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold events from " + jsonl, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode line = json.readTree(lines.get(i));
                String id = line.get("id").asText();
                topics.put(id, line.get("topic").asInt());
                events.put(id, line.get("event").asText());
            } catch (IOException | NullPointerException e) {
                throw new IllegalArgumentException(jsonl + " line " + (i + 1) + ": needs id, topic and event", e);
            }
        }
        return new GoldEvents(topics, events);
    }
}
