package org.storyline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snippet gold of the wide extraction benchmark ({@code article-extraction-wide/gold.json}): for each
 * page, snippets its main text must contain and boilerplate it must not contain.
 *
 * @param with    snippets of the article
 * @param without snippets of boilerplate
 */
public record SnippetGold(List<String> with, List<String> without) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SnippetGold {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    /**
     * The gold of every page in {@code file}, by page key, in key order.
     *
     * @param file a JSON file {@code {key: {"with": [...], "without": [...]}}}
     * @return the gold by key
     */
    public static Map<String, SnippetGold> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snippet gold " + file, e);
        }
        Map<String, SnippetGold> gold = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            gold.put(e.getKey(), new SnippetGold(texts(e.getValue().get("with")), texts(e.getValue().get("without"))));
        }
        return gold;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }
}
