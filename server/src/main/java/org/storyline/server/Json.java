package org.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.store.StoredArticle;

/**
 * Writes API answers as JSON with snake_case keys, as in the JSON contract: records as they are, articles
 * through {@link #article}, errors through {@link #error}.
 */
final class Json {

    /** The content type of every JSON answer. */
    static final String TYPE = "application/json; charset=utf-8";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private Json() {
    }

    /** Answers {@code value} as JSON with status 200. */
    static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    /** Answers {@code value} as JSON with {@code status}. */
    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(TYPE).result(MAPPER.writeValueAsString(value) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The error body {@code {"error": message, "status": status}}. */
    static ObjectNode error(int status, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        node.put("status", status);
        return node;
    }

    /**
     * A stored article: its metadata, its text (the body paragraphs, separated by blank lines, each with its
     * range in the source) and its source, into which every citation's offsets point.
     */
    static ObjectNode article(StoredArticle stored) {
        Article article = stored.article();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", article.id());
        node.put("story_id", stored.storyId());
        node.put("title", article.title());
        node.put("url", article.url());
        node.put("outlet", article.outlet());
        node.put("published", article.published());
        node.put("language", article.language());
        node.put("path", article.path());
        node.put("added", stored.added());
        node.put("content_hash", stored.contentHash());
        node.put("text", text(article.paragraphs()));
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (Paragraph paragraph : article.paragraphs()) {
            ObjectNode p = paragraphs.addObject();
            p.put("start", paragraph.sourceSpan().start());
            p.put("end", paragraph.sourceSpan().end());
        }
        node.put("source", article.source());
        return node;
    }

    /** The paragraphs' text, separated by blank lines. */
    static String text(List<Paragraph> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph.text());
        }
        return text.toString();
    }
}
