package org.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.ingest.PageDecoder;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * Reads the articles of a {@code POST /api/articles} body with core's ingest stage, so they are read exactly
 * as {@code storyline ingest} reads a file: a JSON object or array of objects is read as JSON Lines records
 * ({@code id}, {@code title}, {@code url}, {@code outlet}, {@code published}, {@code language}, and
 * {@code text} or {@code html}); an HTML page as a JSON Lines record with {@code html}, after decoding it as
 * a saved page is decoded. Article paths are {@code request#N}, N counting the body's articles from 1.
 */
final class RequestArticles {

    /** The path prefix of articles read from a request. */
    static final String PATH = "request";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestArticles() {
    }

    /**
     * The articles of a JSON body: one article object, or an array of them.
     *
     * @throws ApiException 400 when the body is not UTF-8 JSON holding objects
     */
    static Ingested fromJson(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8(body));
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiException.badRequest("body is not valid JSON" + at + ": " + e.getOriginalMessage());
        }
        List<JsonNode> records = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(records::add);
        } else {
            records.add(root);
        }
        if (records.isEmpty()) {
            throw ApiException.badRequest("body holds no article (an empty array)");
        }
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            if (record == null || !record.isObject()) {
                String type = record == null ? "nothing" : record.getNodeType().name().toLowerCase(Locale.ROOT);
                throw ApiException.badRequest("article " + (i + 1) + " must be a JSON object, found " + type);
            }
        }
        return ingest(records);
    }

    /**
     * The article of an HTML page body.
     *
     * @param id      the article id (required)
     * @param url     the page's address, or {@code null}
     * @param charset the charset the request declared, or {@code null}
     */
    static Ingested fromHtml(byte[] body, String id, String url, String charset) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", id);
        if (url != null) {
            record.put("url", url);
        }
        record.put("html", PageDecoder.decode(body, charset).text());
        return ingest(List.of(record));
    }

    /** Reads {@code records} through core's ingester as JSON Lines, renaming their paths. */
    private static Ingested ingest(List<JsonNode> records) {
        StringBuilder lines = new StringBuilder();
        for (JsonNode record : records) {
            lines.append(record.toString()).append('\n');
        }
        Ingested read = new Ingester(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)))
                .ingest(List.of(Path.of("-")));
        List<Article> articles = read.articles().stream().map(a -> new Article(a.id(), renamed(a.path()), a.source(),
                a.paragraphs(), a.title(), a.url(), a.outlet(), a.published(), a.language())).toList();
        List<Problem> problems = read.problems().stream()
                .map(p -> new Problem(renamed(p.path()), p.stage(), p.reason())).toList();
        return new Ingested(articles, problems);
    }

    /** {@code stdin#3} → {@code request#3}. */
    private static String renamed(String path) {
        int hash = path.indexOf('#');
        return PATH + (hash < 0 ? "" : path.substring(hash));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("body is not valid UTF-8");
        }
    }
}
