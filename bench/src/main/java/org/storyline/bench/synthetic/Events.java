package org.storyline.bench.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gold {@code event} of each record of the JSON Lines inputs that carry one (ECB+), by article id. */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    static Map<String, String> read(List<Path> inputs) throws IOException {
        Map<String, String> events = new HashMap<>();
        for (Path input : inputs) {
            if (!Files.isRegularFile(input) || !input.toString().endsWith(".jsonl")) {
                continue;
            }
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (node.hasNonNull("id") && node.hasNonNull("event")) {
                    events.put(node.get("id").asText(), node.get("event").asText());
                }
            }
        }
        return events;
    }
}
