package org.storyline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The files of the article extraction benchmark folder: {@code ground-truth.json}, {@code html/KEY.html.gz}
 * and {@code peers/TOOL.json}.
 *
 * @param folder the benchmark folder
 */
public record BenchmarkData(Path folder) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The true article bodies by page key, in key order. */
    public Map<String, String> groundTruth() {
        return bodies(read(folder.resolve("ground-truth.json")));
    }

    /** The gunzipped bytes of each page, by key, in key order. */
    public Map<String, byte[]> pages() {
        return pages(folder.resolve("html"), groundTruth().keySet());
    }

    /**
     * The gunzipped bytes of the pages {@code html/KEY.html.gz} of {@code keys}, by key, in key order.
     *
     * @param html the folder of the pages
     * @param keys the pages' keys
     * @return the pages' bytes
     */
    static Map<String, byte[]> pages(Path html, Collection<String> keys) {
        Map<String, byte[]> pages = new TreeMap<>();
        for (String key : keys) {
            Path file = html.resolve(key + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                pages.put(key, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read page " + file, e);
            }
        }
        return pages;
    }

    /** Each peer's bodies by page key, by tool name (the file name without {@code .json}), in name order. */
    public Map<String, Map<String, String>> peers() {
        Map<String, Map<String, String>> peers = new TreeMap<>();
        try (var files = Files.list(folder.resolve("peers"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                peers.put(name.substring(0, name.length() - ".json".length()), outputs(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.resolve("peers"), e);
        }
        return peers;
    }

    /**
     * A tool's bodies by page key from a file in either shape: {@code {"output": {key: {"articleBody"}}}}
     * or a bare {@code {key: {"articleBody"}}}.
     *
     * @param file the JSON file
     * @return the bodies; a page without {@code articleBody} maps to the empty text
     */
    public static Map<String, String> outputs(Path file) {
        JsonNode root = read(file);
        return bodies(root.has("output") && root.get("output").isObject() ? root.get("output") : root);
    }

    private static Map<String, String> bodies(JsonNode byKey) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = byKey.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            bodies.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return bodies;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON " + file, e);
        }
    }
}
