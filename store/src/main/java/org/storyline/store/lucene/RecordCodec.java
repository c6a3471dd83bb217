package org.storyline.store.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

/**
 * Writes records as the JSON kept in stored fields, and reads them back. Records of plain values go through
 * Jackson as they are; an {@link Article} is written by hand, its paragraphs' offset maps as a start when they
 * are a verbatim copy of the source (the usual case) and as arrays otherwise.
 */
final class RecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RecordCodec() {
    }

    /** {@code value} (a record of strings, numbers, lists and records) as JSON. */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The value of type {@code type} written as {@code json}. */
    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The list of strings written as {@code json}. */
    static List<String> readStrings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code article} as JSON, every field and every paragraph's source offsets. */
    static String writeArticle(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        node.put("path", article.path());
        node.put("source", article.source());
        node.put("title", article.title());
        node.put("url", article.url());
        node.put("outlet", article.outlet());
        node.put("published", article.published());
        node.put("language", article.language());
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (Paragraph p : article.paragraphs()) {
            ObjectNode pn = paragraphs.addObject();
            OffsetMap offsets = p.offsets();
            int start = offsets.length() == 0 ? 0 : offsets.start(0);
            if (isVerbatim(article.source(), p, start)) {
                pn.put("at", start).put("length", p.text().length());
            } else {
                pn.put("text", p.text());
                ArrayNode starts = pn.putArray("starts");
                ArrayNode ends = pn.putArray("ends");
                for (int i = 0; i < offsets.length(); i++) {
                    starts.add(offsets.start(i));
                    ends.add(offsets.end(i));
                }
            }
        }
        return write(node);
    }

    /** The article written by {@link #writeArticle}. */
    static Article readArticle(String json) {
        JsonNode node = read(json, JsonNode.class);
        String source = node.get("source").asText();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode pn : node.get("paragraphs")) {
            if (pn.has("at")) {
                int at = pn.get("at").asInt();
                paragraphs.add(Paragraph.verbatim(source, at, at + pn.get("length").asInt()));
            } else {
                paragraphs.add(new Paragraph(pn.get("text").asText(),
                        OffsetMap.of(ints(pn.get("starts")), ints(pn.get("ends")))));
            }
        }
        return new Article(node.get("id").asText(), node.get("path").asText(), source, paragraphs,
                text(node, "title"), text(node, "url"), text(node, "outlet"), text(node, "published"),
                text(node, "language"));
    }

    private static boolean isVerbatim(String source, Paragraph p, int start) {
        int length = p.text().length();
        if (start + length > source.length() || !source.startsWith(p.text(), start)) {
            return false;
        }
        OffsetMap offsets = p.offsets();
        for (int i = 0; i < length; i++) {
            if (offsets.start(i) != start + i || offsets.end(i) != start + i + 1) {
                return false;
            }
        }
        return true;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
